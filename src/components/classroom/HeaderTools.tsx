import { useState } from 'react';
import { useStore } from '../../store';
import type { Autosave } from '../../store/autosave';
import { NewSession, SavedOfferNotice, StorageStatus } from './NewSession';
import { EmbedDialog, HelpDialog, IoDialog, Later, ShareDialog } from '../layout/lazy';
import { LinkNotice } from '../share/LinkNotice';
import { useHidden } from '../share/useHidden';
import { useUrlSync } from '../share/useUrlSync';
import { useGlobalKeys } from '../keys/useGlobalKeys';
import { usePresentationClass } from './usePresentationClass';
import './classroom.css';

type Open = 'share' | 'embed' | 'io' | null;

/** The header's tools: presentation mode, share link, embed code, import/export, shortcuts help. */
export function HeaderTools() {
  const presentation = useStore((s) => s.presentation);
  const [open, setOpen] = useState<Open>(null);
  const hide = {
    presentation: useHidden('presentation'),
    share: useHidden('share'),
    embed: useHidden('embed'),
    io: useHidden('io'),
  };
  const s = useStore.getState();
  return (
    <nav className="header-tools" aria-label="Classroom and sharing">
      <StorageStatus />
      <NewSession />
      {!hide.presentation && (
        <button
          type="button"
          aria-pressed={presentation}
          aria-keyshortcuts="P"
          title="Large type for a projector (P)"
          onClick={s.togglePresentation}
        >
          Presentation
        </button>
      )}
      {!hide.share && (
        <button type="button" onClick={() => setOpen('share')}>
          Share
        </button>
      )}
      {!hide.embed && (
        <button type="button" onClick={() => setOpen('embed')}>
          Embed
        </button>
      )}
      {!hide.io && (
        <button type="button" onClick={() => setOpen('io')}>
          Import / Export
        </button>
      )}
      <button
        type="button"
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="Shift+?"
        title="Keyboard shortcuts (?)"
        onClick={() => s.setHelpOpen(true)}
      >
        ?
      </button>
      <Later>
        {open === 'share' && <ShareDialog onClose={() => setOpen(null)} />}
        {open === 'embed' && <EmbedDialog onClose={() => setOpen(null)} />}
        {open === 'io' && <IoDialog onClose={() => setOpen(null)} />}
      </Later>
    </nav>
  );
}

/**
 * Keyboard, link sync, presentation class, the link notice and the shortcuts dialog: mounted once, whatever a
 * link hides (the header included).
 */
export function WebLayer({ autosave }: { autosave?: Autosave }) {
  const helpOpen = useStore((s) => s.helpOpen);
  useGlobalKeys();
  useUrlSync(autosave);
  usePresentationClass();
  return (
    <>
      <LinkNotice />
      <SavedOfferNotice />
      {helpOpen && (
        <Later>
          <HelpDialog />
        </Later>
      )}
    </>
  );
}
