/** The few parts of convnetjs 0.3.0 (CommonJS, no types of its own) that the benchmark uses. */
declare module 'convnetjs' {
  export class Vol {
    constructor(sx: number, sy: number, depth: number, c?: number);
    w: Float64Array;
    dw: Float64Array;
  }
  export interface LayerDef {
    type: 'input' | 'fc' | 'regression' | 'softmax';
    out_sx?: number;
    out_sy?: number;
    out_depth?: number;
    num_neurons?: number;
    num_classes?: number;
    activation?: 'relu' | 'tanh' | 'sigmoid';
  }
  export interface Layer {
    layer_type: string;
    filters?: Vol[];
    biases?: Vol;
  }
  export class Net {
    layers: Layer[];
    makeLayers(defs: LayerDef[]): void;
    forward(v: Vol, isTraining?: boolean): Vol;
  }
  export interface TrainerOptions {
    method?: 'sgd' | 'adagrad' | 'adadelta' | 'windowgrad';
    learning_rate?: number;
    l1_decay?: number;
    l2_decay?: number;
    momentum?: number;
    batch_size?: number;
  }
  export class Trainer {
    constructor(net: Net, options?: TrainerOptions);
    train(x: Vol, y: number | Float64Array | number[]): { cost_loss: number };
  }
  const convnetjs: { Vol: typeof Vol; Net: typeof Net; Trainer: typeof Trainer };
  export default convnetjs;
}
