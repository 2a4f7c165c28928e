/** What `weightscope --help` prints. */
export const USAGE = `weightscope: train and evaluate Weightscope model files from the command line.

Usage: npm run weightscope -- <command> [flags]

Commands:
  init   Write a new model file with freshly initialised weights.
         --layers 2,8,8,1      input size, then each layer's units (required)
         --out m.json          where to write the model (required)
         --activation tanh     hidden layers: relu, leaky_relu, tanh, sigmoid, linear, silu, gelu
                               (tanh form), sine (default tanh)
         --output sigmoid      output layer: the above or softmax (default sigmoid)
         --init xavier_uniform zeros, constant, uniform, normal, xavier_uniform, xavier_normal,
                               he_uniform, he_normal, lecun_normal (default xavier_uniform)
         --init-value x        the constant, uniform half-width a, or normal σ
         --no-bias             layers without biases
         --seed 1              seed of the weights' random draws (default 1)
         --features x1sq,sinx1 the inputs are these features of a 2D point (x1, x2, x1sq, x2sq, x1x2,
                               sinx1, sinx2; as many as --layers has inputs); train and eval then
                               compute them from a CSV file's two input columns, as the app does

  train  Train a model file on a CSV file with mini-batch SGD and write the result.
         --model m.json --data train.csv --loss mse --lr 0.1 --batch-size 4 --steps 25 --out trained.json
                               (all required)
         --l1 0 --l2 0 --momentum 0
         --dropout 0           dropout rate of every hidden layer during training, 0 to 0.9 (default 0)
         --no-shuffle          batches are consecutive rows in file order; each epoch starts again at
                               the first row and its last batch may be smaller
         --seed 1              seed of the shuffling (default 1)
         Prints {"steps","epochs","meanLoss","loss","accuracy","out"} as JSON.

  eval   Print {"loss","accuracy"} of a model on a CSV file as JSON (accuracy null for regression).
         --model m.json --data test.csv --loss mse (all required)

Losses: mse, binary_cross_entropy (sigmoid output), cross_entropy (softmax output).
CSV: a header row, numeric columns, the last named 'label' (a class index, or a target value).
Errors go to stderr; the exit code is 2 for a command used wrongly, 1 for files that cannot be used.
`;
