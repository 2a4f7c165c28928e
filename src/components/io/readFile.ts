/** A chosen file's contents (FileReader: works in every browser and in jsdom, where Blob.text is missing). */
function read<T>(f: Blob, how: 'text' | 'bytes'): Promise<T> {
  return new Promise((ok, fail) => {
    const r = new FileReader();
    r.onload = () => ok(r.result as T);
    r.onerror = () => fail(r.error ?? new Error('the file could not be read'));
    if (how === 'text') r.readAsText(f);
    else r.readAsArrayBuffer(f);
  });
}

export const readText = (f: Blob) => read<string>(f, 'text');
export const readBytes = (f: Blob) => read<ArrayBuffer>(f, 'bytes');
