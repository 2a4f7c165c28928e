/** Data sets as plain data: inputs row-major in Float64Arrays, one label per sample. */
export type DatasetKind = 'classification' | 'regression';

export interface DataSplit {
  n: number;
  /** n × inputs, row-major. */
  x: Float64Array;
  /** Class index (0, 1, …) for classification, target value for regression. */
  labels: Float64Array;
}

export interface Dataset {
  /** 'circle', 'xor', …, 'digits', 'mnist', 'words', or 'csv'. */
  id: string;
  title: string;
  kind: DatasetKind;
  inputs: number;
  /** Number of classes; 0 for regression. */
  classes: number;
  /** One name per input column: 'x₁', 'x₂'; 'pixel (r,c)'; a word. */
  featureNames: string[];
  classNames?: string[];
  train: DataSplit;
  test: DataSplit;
  /** Image inputs (digits): each sample is a width × height picture, row-major. */
  image?: { width: number; height: number };
  /** Where the data comes from; shown wherever the data set is offered. */
  citation?: string;
  /** 2D sets: both inputs lie in [lo, hi]; the output plot draws this square. */
  domain?: [number, number];
}

export interface Generate2dOptions {
  /** Total points, train and test together. */
  n: number;
  /** 0 (clean) … 0.5 (very noisy): a fraction of the domain's half-width. */
  noise: number;
  /** Fraction of points used for training, 0.1 … 0.9. */
  trainRatio: number;
  seed: number;
  /**
   * Moves every point by (dx, dy) after it is drawn; labels and targets move with their points. A network
   * without biases can only draw boundaries through the origin, so a shifted set shows what biases are for.
   */
  shift?: [number, number];
  /**
   * Fraction of points in class 1, for 'gaussians' and 'linear' only (default 0.5; others ignore it). An
   * imbalanced set shows the output bias settling near the base rate.
   */
  positiveFraction?: number;
}
