/**
 * The composer's editor may still hold `{{variables}}` (typed by hand, or left
 * unfilled by a quick reply). The buyer reads the rendered text, so the rules
 * check runs on that; this map carries a finding's span in the rendered text
 * back to the editor, so the highlight and "show in text" land on what the
 * seller typed. Inside a variable's value, the whole placeholder is the span.
 */
import { renderWithValues, type RenderResult, type VariableValues } from '../domain/template-render';
import { parseBody, type VariableName } from '../domain/variables';

interface Segment {
  /** Range in the editor text. */
  src: [number, number];
  /** Range in the rendered text. */
  out: [number, number];
  /** Text copied one unit for one unit (offsets inside map directly). */
  literal: boolean;
}

export interface RenderMap {
  result: RenderResult;
  toEditor(start: number, end: number): { start: number; end: number };
}

const clean = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** Render the editor text with the order's values and keep the offset map (same rules as renderWithValues). */
export function renderEditorText(text: string, values: VariableValues): RenderMap {
  const result = renderWithValues(text, values);
  const segments: Segment[] = [];
  let out = 0;
  for (const token of parseBody(text).tokens) {
    let length = token.end - token.start;
    let literal = true;
    if (token.kind === 'var' && token.variable.known) {
      const value = clean(values[token.variable.name as VariableName]);
      if (value !== undefined) {
        length = value.length;
        literal = false;
      }
    }
    segments.push({ src: [token.start, token.end], out: [out, out + length], literal });
    out += length;
  }

  const point = (pos: number, side: 'start' | 'end'): number => {
    const seg = segments.find((s) => (side === 'start' ? pos >= s.out[0] && pos < s.out[1] : pos > s.out[0] && pos <= s.out[1]));
    if (!seg) return Math.min(pos, text.length);
    if (seg.literal) return seg.src[0] + (pos - seg.out[0]);
    return side === 'start' ? seg.src[0] : seg.src[1];
  };
  return {
    result,
    toEditor: (start, end) =>
      start === end
        ? { start: point(start, 'start'), end: point(start, 'start') }
        : { start: point(start, 'start'), end: point(end, 'end') },
  };
}
