import { useRef } from 'preact/hooks';
import type { Ref } from 'preact';
import { t } from '@/lib/i18n';
import type { TextIssue } from '@/lib/ui/composer-issues';

interface Props {
  text: string;
  /** Problems to mark in the text (rules check and variables). */
  issues: TextIssue[];
  /** The reason's limit, and the length the buyer will receive. */
  limit: number;
  length: number;
  readOnly?: boolean;
  textareaRef: Ref<HTMLTextAreaElement>;
  describedBy?: string;
  onInput(text: string): void;
}

interface Piece {
  text: string;
  severity?: 'error' | 'warning';
}

/** The text cut at the findings' spans; where spans overlap an error wins over a warning. */
export function highlightPieces(text: string, issues: readonly Pick<TextIssue, 'start' | 'end' | 'severity'>[]): Piece[] {
  const marks: ('error' | 'warning' | undefined)[] = new Array(text.length).fill(undefined);
  for (const f of issues) {
    for (let i = Math.max(0, f.start); i < Math.min(text.length, f.end); i++) {
      if (marks[i] !== 'error') marks[i] = f.severity;
    }
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length;) {
    let j = i + 1;
    while (j < text.length && marks[j] === marks[i]) j++;
    const severity = marks[i];
    pieces.push(severity ? { text: text.slice(i, j), severity } : { text: text.slice(i, j) });
    i = j;
  }
  return pieces;
}

/**
 * The message box. A mirror of the text sits behind the transparent textarea
 * with the offending spans marked, so highlights follow the text without
 * touching what the seller types. The mirror is hidden from assistive
 * technology: the findings list under the box says the same in words.
 */
export function MessageEditor({ text, issues, limit, length, readOnly, textareaRef, describedBy, onInput }: Props) {
  const backdrop = useRef<HTMLDivElement>(null);
  const over = length > limit;
  const syncScroll = (e: Event) => {
    const area = e.currentTarget as HTMLTextAreaElement;
    if (backdrop.current) {
      backdrop.current.scrollTop = area.scrollTop;
      backdrop.current.scrollLeft = area.scrollLeft;
    }
  };
  return (
    <div class="parley-editor">
      <label for="parley-message" class="parley-editor__label">
        {t('composerMessage')}
      </label>
      <div class="parley-editor__box">
        <div ref={backdrop} class="parley-editor__backdrop" aria-hidden="true" data-testid="composer-highlights">
          {highlightPieces(text, issues).map((p, i) =>
            p.severity ? (
              <mark key={i} data-severity={p.severity}>
                {p.text}
              </mark>
            ) : (
              p.text
            ),
          )}
          {/* A trailing line break needs one more character to take up its line, as in the textarea. */}
          {'\u200b'}
        </div>
        <textarea
          id="parley-message"
          ref={textareaRef}
          class="parley-editor__input"
          value={text}
          readOnly={readOnly}
          spellcheck
          aria-describedby={['parley-message-count', describedBy].filter(Boolean).join(' ')}
          aria-invalid={issues.some((f) => f.severity === 'error') || over ? 'true' : undefined}
          onInput={(e) => onInput(e.currentTarget.value)}
          onScroll={syncScroll}
        />
      </div>
      <p id="parley-message-count" class="parley-editor__count" data-over={over ? 'true' : 'false'}>
        {t('composerCharacterCount', [String(length), String(limit)])}
      </p>
    </div>
  );
}
