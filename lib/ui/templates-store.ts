/**
 * The options page's view of the quick replies. The list lives in the
 * background (starters merged with the seller's templates); this store only
 * holds the last answer and re-asks after every change it makes.
 */
import { create } from 'zustand';
import type { HiddenStarterEntry, SaveAnswer, ImportReport } from '../protocol/composer';
import type { TemplateInput } from '../protocol/composer-schemas';
import type { Template } from '../domain/templates';
import { sendMessage } from '../messaging';
import type { ParleyError, Result } from '../result';

interface TemplatesState {
  status: 'loading' | 'ready' | 'failed';
  templates: Template[];
  hidden: HiddenStarterEntry[];
  error?: ParleyError;
  load(): Promise<void>;
  save(template: TemplateInput): Promise<Result<SaveAnswer>>;
  remove(id: string): Promise<Result<{ changed: boolean }>>;
  restore(id: string): Promise<Result<{ changed: boolean }>>;
  importText(text: string): Promise<Result<ImportReport>>;
}

export const useTemplates = create<TemplatesState>((set, get) => {
  /** Run a change, then reload the list whatever it answered (the list is the background's). */
  const change = async <T>(run: () => Promise<Result<T>>): Promise<Result<T>> => {
    const answer = await run();
    await get().load();
    return answer;
  };
  return {
    status: 'loading',
    templates: [],
    hidden: [],
    async load() {
      const answer = await sendMessage('composer/templates', {});
      if (answer.ok) set({ status: 'ready', templates: answer.value.templates, hidden: answer.value.hidden, error: undefined });
      else set({ status: 'failed', error: answer.error });
    },
    save: (template) => change(() => sendMessage('composer/saveTemplate', { template })),
    remove: (id) => change(() => sendMessage('composer/deleteTemplate', { id })),
    restore: (id) => change(() => sendMessage('composer/restoreTemplate', { id })),
    importText: (text) => change(() => sendMessage('composer/importTemplates', { text })),
  };
});

/** A stored template as the form edits it (the background sets builtIn and updatedAt). */
export function toInput(t: Template): TemplateInput {
  const input: TemplateInput = { id: t.id, name: t.name, reasons: [...t.reasons], bodies: { ...t.bodies } };
  if (t.names) input.names = { ...t.names };
  if (t.subject) input.subject = { ...t.subject };
  if (t.kind) input.kind = t.kind;
  return input;
}
