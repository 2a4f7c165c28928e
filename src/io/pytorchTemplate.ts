/**
 * The code part of the exported PyTorch script (the data and settings are written above it by
 * pytorchExport.ts). It repeats Weightscope's engine: the same mulberry32 batch order, the same losses
 * (mean over the batch), the same SGD update (src/engine/optimizer.ts) in float64. The batch order needs no
 * torch, so it can be checked where torch is not installed.
 */
export const PYTORCH_CODE = String.raw`
M32 = 0xFFFFFFFF


def _imul(a, b):
    """32-bit integer multiply, as JavaScript's Math.imul (on unsigned representatives)."""
    return (a * b) & M32


class Mulberry32:
    """Weightscope's seeded generator (src/engine/rng.ts): one 32-bit state, uniform numbers in [0, 1)."""

    def __init__(self, state):
        self.s = state & M32

    def next(self):
        self.s = (self.s + 0x6D2B79F5) & M32
        s = self.s
        t = _imul(s ^ (s >> 15), 1 | s)
        t = ((t + _imul(t ^ (t >> 7), 61 | t)) & M32) ^ t
        return ((t ^ (t >> 14)) & M32) / 4294967296.0

    def shuffle(self, a):
        """Fisher-Yates in place, from the end, as the engine does."""
        for i in range(len(a) - 1, 0, -1):
            j = int(self.next() * (i + 1))
            a[i], a[j] = a[j], a[i]
        return a


def batches(steps):
    """The sample indices of each of the first steps batches: each epoch a fresh shuffle of 0..n-1 from the
    one generator, batches of BATCH_SIZE taken in order, the last batch of an epoch possibly smaller."""
    n = len(TRAIN_X)
    rng = Mulberry32(SHUFFLE_STATE)
    order = rng.shuffle(list(range(n)))
    cursor = 0
    for _ in range(steps):
        rows = min(BATCH_SIZE, n - cursor)
        yield order[cursor:cursor + rows]
        cursor += rows
        if cursor >= n:
            cursor = 0
            order = rng.shuffle(list(range(n)))


def dropout_masks(step, rows):
    """The dropout masks of a step (0 = the run's first), as src/engine/dropout.ts draws them: a generator of
    their own started from (DROPOUT_SEED, step), per hidden layer rows x units, 0 for a dropped unit and
    1 / (1 - DROPOUT) for a kept one. None without dropout."""
    if DROPOUT <= 0 or len(LAYERS) < 2:
        return None
    rng = Mulberry32(DROPOUT_SEED ^ _imul(step + 1, 0x9E3779B1))
    keep = 1.0 / (1.0 - DROPOUT)
    return [[[0.0 if rng.next() < DROPOUT else keep for _ in range(spec["units"])] for _ in range(rows)]
            for spec in LAYERS[:-1]]


try:
    import torch
except ImportError:  # the batch order above still works; build_model and train need torch
    torch = None

if torch is not None:
    import torch.nn.functional as F

    ACTIVATIONS = {
        "relu": torch.relu,
        "leaky_relu": lambda z: F.leaky_relu(z, 0.01),
        "tanh": torch.tanh,
        "sigmoid": torch.sigmoid,
        "linear": lambda z: z,
        "silu": F.silu,
        "gelu": lambda z: F.gelu(z, approximate="tanh"),
        "sine": torch.sin,
        "softmax": lambda z: torch.softmax(z, dim=1),
    }

    class Mlp(torch.nn.Module):
        """Dense layers; layer.weight[i][j] is the weight from input j into unit i, as in Weightscope."""

        def __init__(self):
            super().__init__()
            self.layers = torch.nn.ModuleList()
            self.activations = [spec["activation"] for spec in LAYERS]
            n_in = INPUTS
            for spec in LAYERS:
                layer = torch.nn.Linear(n_in, spec["units"], bias=spec["use_bias"], dtype=torch.float64)
                with torch.no_grad():
                    layer.weight.copy_(torch.tensor(spec["weights"], dtype=torch.float64))
                    if spec["use_bias"]:
                        layer.bias.copy_(torch.tensor(spec["biases"], dtype=torch.float64))
                self.layers.append(layer)
                n_in = spec["units"]

        def logits(self, x, masks=None):
            """The output layer's total input z; with masks (training with dropout), each hidden layer's
            output is multiplied by its mask."""
            for k, (layer, act) in enumerate(zip(self.layers[:-1], self.activations[:-1])):
                x = ACTIVATIONS[act](layer(x))
                if masks is not None:
                    x = x * masks[k]
            return self.layers[-1](x)

        def forward(self, x):
            return ACTIVATIONS[self.activations[-1]](self.logits(x))


def build_model(device="cpu"):
    """The network at the start of the exported run (timeline step 0), in float64."""
    return Mlp().to(device)


def batch_loss(model, x, y, masks=None):
    """The mean over the batch of the per-sample loss (Weightscope's conventions). The cross-entropies are
    computed from z, so their gradients are exactly sigmoid(z) - y and softmax(z)*sum(y) - y."""
    z = model.logits(x, masks)
    if LOSS == "mse":
        a = ACTIVATIONS[model.activations[-1]](z)
        per_sample = 0.5 * ((a - y) ** 2).sum(dim=1)
    elif LOSS == "binary_cross_entropy":
        per_sample = F.binary_cross_entropy_with_logits(z, y, reduction="none").sum(dim=1)
    else:
        per_sample = -(y * torch.log_softmax(z, dim=1)).sum(dim=1)
    return per_sample.sum() / x.shape[0]


def _masks(device):
    def mask(m):
        return None if m is None else torch.tensor(m, dtype=torch.bool, device=device)

    return [(mask(spec["frozen"]), mask(spec["pruned"])) for spec in LAYERS]


def _sgd(layers, velocity, masks):
    """One update of every weight and bias, as src/engine/optimizer.ts: the new values are computed first and
    kept only if all are finite (else the step is refused and the network is unchanged)."""
    new = []
    for k, layer in enumerate(layers):
        w, g = layer.weight, layer.weight.grad
        gi = g + L2 * w
        if L1 != 0 and L1_MODE != "clip_at_zero":
            gi = gi + L1 * torch.sign(w)
        if CLIP is not None:
            gi = gi.clamp(-CLIP, CLIP)
        frozen, pruned = masks[k]
        held = None
        if frozen is not None or pruned is not None:
            held = (frozen if frozen is not None else False) | (pruned if pruned is not None else False)
            gi = torch.where(held, torch.zeros_like(gi), gi)
        v = MOMENTUM * velocity[k][0] + gi if MOMENTUM != 0 else gi
        nw = w - LR * v
        if L1_MODE == "clip_at_zero" and L1 > 0:
            after = nw - LR * L1 * torch.sign(nw)
            cross = (nw == 0) | ((nw > 0) != (after > 0)) | (after == 0)
            nw = torch.where(cross, torch.zeros_like(nw), after)
        if NON_NEGATIVE:
            nw = torch.where(nw < 0, torch.zeros_like(nw), nw)
        if held is not None:
            nw = torch.where(held, w, nw)
            v = torch.where(held, torch.zeros_like(v), v)
        if pruned is not None:
            nw = torch.where(pruned, torch.zeros_like(nw), nw)
        nb = vb = None
        if layer.bias is not None:
            gb = layer.bias.grad
            if CLIP is not None:
                gb = gb.clamp(-CLIP, CLIP)
            vb = MOMENTUM * velocity[k][1] + gb if MOMENTUM != 0 else gb
            nb = layer.bias - LR * vb
        new.append((nw, nb, v, vb))
    for k, (nw, nb, v, vb) in enumerate(new):
        for t in (nw, nb, v, vb):
            if t is not None and not bool(torch.isfinite(t).all()):
                raise FloatingPointError(f"layer {k + 1}: the step would produce NaN or Infinity; refused")
    for k, (nw, nb, v, vb) in enumerate(new):
        layers[k].weight.copy_(nw)
        velocity[k][0] = v
        if nb is not None:
            layers[k].bias.copy_(nb)
            velocity[k][1] = vb


def train(model, steps):
    """Trains from the start of the run for steps batches, as Weightscope does; returns each batch's loss."""
    device = next(model.parameters()).device
    x_all = torch.tensor(TRAIN_X, dtype=torch.float64, device=device)
    y_all = torch.tensor(TRAIN_Y, dtype=torch.float64, device=device)
    velocity = [[torch.zeros_like(l.weight), None if l.bias is None else torch.zeros_like(l.bias)]
                for l in model.layers]
    masks = _masks(device)
    losses = []
    for step, idx in enumerate(batches(steps)):
        i = torch.tensor(idx, device=device)
        drop = dropout_masks(step, len(idx))
        kept = None if drop is None else [torch.tensor(m, dtype=torch.float64, device=device) for m in drop]
        model.zero_grad()
        loss = batch_loss(model, x_all[i], y_all[i], kept)
        loss.backward()
        with torch.no_grad():
            _sgd(model.layers, velocity, masks)
        losses.append(loss.item())
    return losses


def training_loss(model):
    """The mean loss over the whole training set (what Weightscope shows as the training loss)."""
    device = next(model.parameters()).device
    with torch.no_grad():
        x = torch.tensor(TRAIN_X, dtype=torch.float64, device=device)
        y = torch.tensor(TRAIN_Y, dtype=torch.float64, device=device)
        return batch_loss(model, x, y).item()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Repeat a Weightscope training run in PyTorch.")
    parser.add_argument("--steps", type=int, default=STEPS, help=f"batches to train (default {STEPS}, as in the app)")
    parser.add_argument("--device", default="cpu", help="cpu or cuda")
    args = parser.parse_args()
    if torch is None:
        raise SystemExit("This script needs PyTorch: pip install torch (or apt-get install python3-torch)")
    net = build_model(args.device)
    train(net, args.steps)
    print(f"after {args.steps} steps: training loss {training_loss(net):.17g}")
`;
