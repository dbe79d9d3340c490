import { currentUiLanguage, t } from '@/lib/i18n';
import { pickBody } from '@/lib/domain/language';
import { templateName, type Template } from '@/lib/domain/templates';
import { languageName } from '@/lib/ui/composer-text';

interface Props {
  buyerLang?: string;
  source?: 'buyer' | 'marketplace';
  /** The quick reply last inserted, if any. */
  template?: Template;
}

/**
 * Amazon wants messages in the buyer's language. Says which language Parley
 * assumes and why, and warns visibly when the inserted quick reply had no text
 * in it (the English text was used) or when the buyer's language is unknown.
 */
export function LanguageNote({ buyerLang, source, template }: Props) {
  const picked = template ? pickBody(template, buyerLang) : undefined;
  const fallback = template && picked?.fallback && buyerLang;
  return (
    <div class="parley-language">
      {buyerLang ? (
        <p class="parley-hint">
          {t(source === 'buyer' ? 'composerBuyerLanguageStated' : 'composerBuyerLanguageGuessed', languageName(buyerLang))}
        </p>
      ) : (
        <p class="parley-notice parley-notice--warning" role="note" data-testid="composer-language-note">
          {t('composerBuyerLanguageUnknown')}
        </p>
      )}
      {fallback && template && picked && (
        <p class="parley-notice parley-notice--warning" role="note" data-testid="composer-language-note">
          {t('composerTemplateLacksLanguage', [
            templateName(template, currentUiLanguage()),
            languageName(buyerLang),
            languageName(picked.lang),
          ])}
        </p>
      )}
    </div>
  );
}
