import { t } from '@/lib/i18n';
import { placeholder, VARIABLE_NAMES, type VariableName } from '@/lib/domain/variables';
import { variableHelp } from '@/lib/ui/composer-text';

/** The variables a template may use; pressing one inserts it at the cursor of the text being edited. */
export function VariableList({ onInsert }: { onInsert(name: VariableName): void }) {
  return (
    <section class="parley-vars" aria-labelledby="parley-vars-title">
      <h4 id="parley-vars-title">{t('optionsVariables')}</h4>
      <p class="parley-hint">{t('optionsVariablesHelp')}</p>
      <ul class="parley-vars__list">
        {VARIABLE_NAMES.map((name) => (
          <li key={name}>
            <button
              type="button"
              class="parley-vars__insert"
              aria-label={t('optionsInsertVariable', placeholder(name))}
              aria-describedby={`parley-var-${name}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onInsert(name)}
            >
              <code>{placeholder(name)}</code>
            </button>{' '}
            <span id={`parley-var-${name}`} class="parley-hint">
              {variableHelp(name)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
