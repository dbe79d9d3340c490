import { t } from '@/lib/i18n';
import type { ReasonOption } from '@/lib/domain/reasons';
import { reasonLabel, whyUnavailable } from '@/lib/ui/composer-text';

interface Props {
  options: ReasonOption[];
  value?: string;
  canceled: boolean;
  onChange(reason: string): void;
}

/** Why an option cannot be chosen: its availability, or that Parley does not write this kind of message. */
function whyNot(option: ReasonOption): string | undefined {
  if (!option.availability.available) return whyUnavailable(option.availability);
  if (!option.reason.composable)
    return t(option.reason.id === 'requestReview' ? 'composerNotComposable_requestReview' : 'composerNotComposable_apiOnly');
  return undefined;
}

/**
 * The contact reasons Amazon allows, all of them: the ones this order cannot
 * use are listed disabled with the reason why (a disabled radio keeps its
 * description, so screen readers announce it too), folded into a disclosure
 * so they do not push the usable ones and the message out of the popup. It is
 * open for a canceled order, where nothing else is on offer.
 */
export function ReasonPicker({ options, value, canceled, onChange }: Props) {
  const usable = options.filter((o) => !whyNot(o));
  const unusable = options.filter((o) => whyNot(o));
  const radio = (option: ReasonOption) => {
    const id = `parley-reason-${option.reason.id}`;
    const why = whyNot(option);
    return (
      <li key={option.reason.id} class="parley-reason" data-available={why ? 'false' : 'true'}>
        <input
          type="radio"
          name="parley-reason"
          id={id}
          value={option.reason.id}
          checked={value === option.reason.id}
          disabled={Boolean(why)}
          aria-disabled={why ? 'true' : undefined}
          aria-describedby={`${id}-note`}
          onChange={() => onChange(option.reason.id)}
        />
        <label for={id}>
          {reasonLabel(option.reason.id)}
          {option.reason.critical && <span class="parley-badge">{t('composerCritical')}</span>}
        </label>
        <span id={`${id}-note`} class="parley-reason__note">
          {why ?? t('composerReasonLimit', String(option.reason.text.max))}
        </span>
      </li>
    );
  };
  return (
    <div
      class="parley-reasons"
      role="radiogroup"
      aria-labelledby="parley-reasons-title"
      aria-describedby={canceled ? 'parley-canceled' : undefined}
    >
      <h3 id="parley-reasons-title">{t('composerReason')}</h3>
      {canceled && (
        <div id="parley-canceled" class="parley-notice parley-notice--error" role="note">
          <p>{t('composerCanceledTitle')}</p>
          <p>{t('composerCanceledHelp')}</p>
        </div>
      )}
      {usable.length > 0 && <ul class="parley-reasons__list">{usable.map(radio)}</ul>}
      {unusable.length > 0 && (
        <details class="parley-reasons__unavailable" open={canceled} data-testid="composer-unavailable-reasons">
          <summary id="parley-reasons-unavailable">{t('composerUnavailableReasons', String(unusable.length))}</summary>
          <ul class="parley-reasons__list" aria-labelledby="parley-reasons-unavailable">
            {unusable.map(radio)}
          </ul>
        </details>
      )}
    </div>
  );
}
