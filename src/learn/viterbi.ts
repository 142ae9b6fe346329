// Best label sequence under a linear-chain model. Buffers are kept and grown, never
// allocated per call, so decoding a document allocates nothing once warm.

/**
 * A Viterbi decoder over `labels` labels. Transition scores are an `(n + 1) x (n + 1)` table
 * (row before, column after, index `n` the start as a row and the end as a column) in which a
 * forbidden transition holds `-Infinity`.
 */
export class ViterbiDecoder {
  private score = new Float32Array(0);
  private back = new Uint8Array(0);

  /**
   * @param labels Number of labels (at most 255).
   */
  constructor(readonly labels: number) {
    if (labels > 255) throw new RangeError(`Expected at most 255 labels, got ${labels}`);
  }

  /**
   * Decode one sequence.
   *
   * @param emissions Scores, `length x labels`, row-major, from `offset`.
   * @param offset Where the sequence's first row starts in `emissions`.
   * @param length Number of positions.
   * @param transitions Transition scores as above.
   * @param out Receives the best label at each position, from index 0.
   */
  decode(emissions: Float32Array, offset: number, length: number, transitions: Float32Array, out: Uint8Array): void {
    const n = this.labels;
    if (length === 0) return;
    if (this.score.length < length * n) {
      this.score = new Float32Array(length * n * 2);
      this.back = new Uint8Array(length * n * 2);
    }
    const { score, back } = this;
    const start = n * (n + 1);
    for (let label = 0; label < n; label++) score[label] = transitions[start + label]! + emissions[offset + label]!;
    for (let at = 1; at < length; at++) {
      const row = at * n;
      const previousRow = row - n;
      const emissionRow = offset + row;
      for (let label = 0; label < n; label++) {
        let best = -Infinity;
        let arg = 0;
        for (let before = 0; before < n; before++) {
          const value = score[previousRow + before]! + transitions[before * (n + 1) + label]!;
          if (value > best) {
            best = value;
            arg = before;
          }
        }
        score[row + label] = best + emissions[emissionRow + label]!;
        back[row + label] = arg;
      }
    }
    const lastRow = (length - 1) * n;
    let best = -Infinity;
    let arg = 0;
    for (let label = 0; label < n; label++) {
      const value = score[lastRow + label]! + transitions[label * (n + 1) + n]!;
      if (value > best) {
        best = value;
        arg = label;
      }
    }
    for (let at = length - 1; at >= 0; at--) {
      out[at] = arg;
      arg = back[at * n + arg]!;
    }
  }
}
