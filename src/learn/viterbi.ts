// Best label sequence under a linear-chain model. Buffers are kept and grown, never
// allocated per call, so decoding a document allocates nothing once warm. Only allowed
// transitions are tried: under BILOU or BIO constraints a label has few possible predecessors.

/**
 * A Viterbi decoder over `labels` labels. Transition scores are an `(n + 1) x (n + 1)` table
 * (row before, column after, index `n` the start as a row and the end as a column) in which a
 * forbidden transition holds `-Infinity`.
 *
 * @example
 * ```ts
 * const decoder = new ViterbiDecoder(2);
 * const out = new Uint8Array(2);
 * decoder.decode(new Float32Array([1, 0, 0, 1]), 0, 2, new Float32Array(9), out); // out: [0, 1]
 * ```
 */
export class ViterbiDecoder {
  /**
   * Path scores at the position before and at this one (only two rows are ever read: a row per
   * position made a sequence of 280,000 tokens, a megabyte of text with no sentence end, sweep
   * and keep 76 MB), and below the transition steps, as doubles: JavaScript adds doubles, and a
   * float32 buffer cost a conversion at every read and write of the inner loop (the taggers' 1.4%
   * of instructions). The shipped models' scores are small integers, exact either way.
   */
  private previous: Float64Array;
  private current: Float64Array;
  /** The best predecessor of each label at each position: one byte each, kept for the way back. */
  private back = new Uint8Array(0);

  /** Bytes of the kept way-back buffer (for tests of its release). */
  get retained(): number {
    return this.back.length;
  }
  private table: Float32Array | undefined;
  /** For each label, its allowed predecessors: `predecessors[starts[l] .. starts[l + 1])`. */
  private predecessors = new Uint8Array(0);
  /**
   * The transition score from each of those predecessors, alongside them: copied from the table
   * when a decode first meets it, and again on {@link reread} (training changes a table's
   * scores in place between decodes). Copying at every decode was a tenth of the decoder's time
   * over the entity tagger's many short runs.
   */
  private steps = new Float64Array(0);
  private starts = new Uint16Array(0);

  /**
   * @param labels Number of labels (at most 255).
   */
  constructor(readonly labels: number) {
    if (labels > 255) throw new RangeError(`Expected at most 255 labels, got ${labels}`);
    this.previous = new Float64Array(labels);
    this.current = new Float64Array(labels);
  }

  private index(transitions: Float32Array): void {
    if (this.table === transitions) return;
    const n = this.labels;
    const predecessors: number[] = [];
    const starts = new Uint16Array(n + 1);
    for (let label = 0; label < n; label++) {
      starts[label] = predecessors.length;
      for (let before = 0; before < n; before++) if (transitions[before * (n + 1) + label]! > -Infinity) predecessors.push(before);
    }
    starts[n] = predecessors.length;
    this.predecessors = Uint8Array.from(predecessors);
    this.steps = new Float64Array(predecessors.length);
    this.starts = starts;
    this.table = transitions;
    this.readSteps(transitions);
  }

  /**
   * Read the scores of the last table again, after they were changed in place (as training does
   * between decodes). A new table is read without this.
   */
  reread(): void {
    if (this.table) this.readSteps(this.table);
  }

  /** Copy the allowed transitions' current scores beside their predecessors. */
  private readSteps(transitions: Float32Array): void {
    const { predecessors, starts, steps, labels } = this;
    const side = labels + 1;
    for (let label = 0; label < labels; label++) {
      for (let p = starts[label]!; p < starts[label + 1]!; p++) steps[p] = transitions[predecessors[p]! * side + label]!;
    }
  }

  /**
   * Decode one sequence. A label with no allowed predecessor is never chosen after the first
   * position.
   *
   * @param emissions Scores, `length x labels`, row-major, from `offset`.
   * @param offset Where the sequence's first row starts in `emissions`.
   * @param length Number of positions.
   * @param transitions Transition scores as above, read once per table: after changing its
   *   scores in place, call {@link reread}; which entries are forbidden is read only once.
   * @param out Receives the best label at each position, from index 0.
   * @param before The label known to come before the sequence, or `labels` (the default) for
   *   the start: a sequence cut out of a longer one between positions known to be that label.
   * @param after The label known to come after it, or `labels` (the default) for the end.
   */
  decode(emissions: Float32Array, offset: number, length: number, transitions: Float32Array, out: Uint8Array, before = this.labels, after = this.labels): void {
    const n = this.labels;
    if (length === 0) return;
    this.index(transitions);
    // Grown for the longest sequence yet, and let go of once a far shorter one comes (a
    // megabyte with no sentence end needs some 10 MB of it).
    if (this.back.length < length * n || (this.back.length > 1 << 20 && this.back.length > 8 * length * n)) this.back = new Uint8Array(length * n * 2);
    const { back, predecessors, steps, starts } = this;
    let { previous, current } = this;
    const side = n + 1;
    const start = before * side;
    for (let label = 0; label < n; label++) previous[label] = transitions[start + label]! + emissions[offset + label]!;
    for (let at = 1; at < length; at++) {
      const row = at * n;
      const emissionRow = offset + row;
      for (let label = 0; label < n; label++) {
        let best = -Infinity;
        let arg = 0;
        const end = starts[label + 1]!;
        for (let p = starts[label]!; p < end; p++) {
          const before = predecessors[p]!;
          const value = previous[before]! + steps[p]!;
          if (value > best) {
            best = value;
            arg = before;
          }
        }
        current[label] = best + emissions[emissionRow + label]!;
        back[row + label] = arg;
      }
      const swap = previous;
      previous = current;
      current = swap;
    }
    let best = -Infinity;
    let arg = 0;
    for (let label = 0; label < n; label++) {
      const value = previous[label]! + transitions[label * side + after]!;
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
