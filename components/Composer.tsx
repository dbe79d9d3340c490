import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ReasonId } from '@/lib/domain/reasons';
import { isFullTemplate, type ListedTemplate } from '@/lib/domain/template-heads';
import type { Template } from '@/lib/domain/templates';
import { checkComposition } from '@/lib/ui/composer-check';
import { issuesFromFiles, issuesFromFindings, issuesFromVariables } from '@/lib/ui/composer-issues';
import { useAttachments } from '@/lib/ui/attachments-store';
import { sendComposition } from '@/lib/ui/composer-send';
import { useComposerQueue } from '@/lib/ui/composer-queue';
import { flushComposerDraft, openWhenReported, useComposer } from '@/lib/ui/composer-store';
import { onSlashFocus } from '@/lib/ui/slash-focus';
import { usePageHide } from '@/lib/ui/use-page-hide';
import { composerSlots } from './composer-slots';
import { AttachFiles } from './AttachFiles';
import { ComposerJobBanner } from './ComposerJobBanner';
import { ComposerNav } from './ComposerNav';
import { ComposerQueued } from './ComposerQueued';
import { DraftStatus } from './DraftStatus';
import { LanguageNote } from './LanguageNote';
import { LintFindings } from './LintFindings';
import { MessageEditor } from './MessageEditor';
import { MessagePreview } from './MessagePreview';
import { OrderHeader } from './OrderHeader';
import { QuickReplyPicker } from './QuickReplyPicker';
import { ReasonPicker } from './ReasonPicker';
import { SendBar } from './SendBar';

interface Props {
  orderId: string;
  /** 'window': opened as popup.html?order=ID in its own window or tab (fluid); 'popup': the toolbar popup (fixed size). */
  frame?: 'popup' | 'window';
  /** Back to the popup home (recent orders). */
  onClose?: () => void;
  /** To the home's send queue. */
  onQueue?: () => void;
}

/** The composer for one order: reason, quick reply, message with its rules check, preview, Send. */
export function Composer({ orderId, frame = 'popup', onClose, onQueue }: Props) {
  const s = useComposer();
  const queue = useComposerQueue(orderId);
  // The order for which the seller chose to write although a message is already on its way.
  const [writeAnyway, setWriteAnyway] = useState<string | undefined>();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [senderReady, setSenderReady] = useState(false);
  const files = useAttachments((a) => a.files);
  useEffect(() => {
    void useComposer.getState().open(orderId);
    void useAttachments.getState().load(orderId);
    return () => flushComposerDraft();
  }, [orderId]);
  // An order not reported yet: open it when a page reports it.
  useEffect(() => (s.status === 'missing' ? openWhenReported(orderId) : undefined), [s.status, orderId]);
  // The quick replies' bodies once the composer has painted (effects run after the paint).
  useEffect(() => {
    if (s.status === 'ready') void useComposer.getState().loadBodies();
  }, [s.status, s.orderId]);
  usePageHide(useCallback(() => flushComposerDraft(), []));
  // "/" works from anywhere on the page (focus starts on the body when the popup opens), except while typing.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => onSlashFocus(e, () => search.current?.focus());
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // The rules check runs on every keystroke (a 4000-character message takes about a millisecond), so the
  // findings always describe the text on screen; the parts of the popup that do not depend on the text are
  // memoised and the quick-reply list is rendered a page at a time, so a keystroke repaints only the message.
  const now = useMemo(() => new Date(), [s.order]);
  const check = useMemo(
    () =>
      s.order
        ? checkComposition({
            order: s.order,
            now,
            reasonId: s.reason,
            text: s.text,
            sellerName: s.settings.sellerName,
            lang: s.lang,
            files,
          })
        : undefined,
    [s.order, now, s.reason, s.text, s.settings.sellerName, s.lang, files],
  );
  // Stable callbacks for the memoised quick-reply picker (the latest insert, without re-rendering the list).
  const insertRef = useRef<(tpl: ListedTemplate) => void>(() => undefined);
  const onInsert = useCallback((tpl: ListedTemplate) => insertRef.current(tpl), []);
  const onLeave = useCallback(() => textarea.current?.focus(), []);
  const pickerOff = s.order?.status === 'canceled' || s.send.state === 'queued';
  // The same element while its inputs stay the same: Preact then skips the list on a keystroke.
  const picker = useMemo(
    () => (
      <QuickReplyPicker
        templates={s.templates}
        reason={s.reason as ReasonId | undefined}
        buyerLang={check?.buyerLang}
        searchRef={search}
        disabled={pickerOff}
        onInsert={onInsert}
        onLeave={onLeave}
      />
    ),
    [s.templates, s.reason, check?.buyerLang, pickerOff, onInsert, onLeave],
  );

  // The side column does not change with the text: the same element, so a keystroke skips it.
  const History = composerSlots.orderHistory;
  const side = useMemo(
    () =>
      s.order &&
      check && (
        <div class="parley-composer__side">
          <OrderHeader order={s.order} />
          {History && <History order={s.order} />}
          <ReasonPicker options={check.options} value={s.reason} canceled={s.order.status === 'canceled'} onChange={s.chooseReason} />
          {picker}
        </div>
      ),
    [s.order, History, check?.options, s.reason, s.chooseReason, picker],
  );

  if (s.status === 'loading' || !queue.ready || (s.status === 'ready' && (!s.order || !check))) {
    return (
      <p class="parley-hint" role="status">
        {t('composerLoading')}
      </p>
    );
  }
  if (s.status === 'missing' || !s.order || !check) {
    return (
      <div class="parley-notice parley-notice--error" role="alert">
        <p>{s.loadError?.message ?? t('composerOrderMissing')}</p>
        <p>{t('composerOrderMissingHelp')}</p>
        {onClose && (
          <button type="button" class="parley-button" onClick={onClose}>
            {t('composerBackHome')}
          </button>
        )}
      </div>
    );
  }

  const order = s.order;
  const issues = [...issuesFromVariables(check.rendered), ...issuesFromFindings(check.findings), ...issuesFromFiles(check.fileProblems)];
  const queued = s.send.state === 'queued' ? s.send : undefined;
  // After Send here, ComposerQueued follows the job: no second notice about it.
  const inFlight = queued ? undefined : queue.job;
  const folded = inFlight !== undefined && writeAnyway !== orderId;
  const template = s.templates.find((x): x is Template => isFullTemplate(x) && x.id === s.templateId);
  const Sender = s.settings.sendMethod === 'email' ? composerSlots.senderPicker : undefined;
  // What blocks Send, the rules check's errors after the others (as the seller fixes them), then the sender.
  const blockers = [
    ...check.blockers.filter((b) => b.kind !== 'lintErrors'),
    ...check.blockers.filter((b) => b.kind === 'lintErrors'),
    ...(Sender && !senderReady ? [{ kind: 'noSender' as const }] : []),
  ];

  const selectSpan = (start: number, end: number) => {
    const area = textarea.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(start, end);
  };
  const insert = (tpl: Template) => {
    const area = textarea.current;
    const { text, reason } = useComposer.getState();
    const caret = useComposer.getState().insertTemplate(tpl, area?.selectionStart ?? text.length, area?.selectionEnd ?? text.length);
    if (!reason) {
      const fits = check.options.filter((o) => o.availability.available && o.reason.composable && tpl.reasons.includes(o.reason.id));
      if (fits.length === 1) s.chooseReason(fits[0]!.reason.id);
    }
    requestAnimationFrame(() => selectSpan(caret, caret));
  };
  // Picked from the heads (the bodies had not come yet): insert when they come, where the caret is then.
  insertRef.current = (listed) =>
    isFullTemplate(listed)
      ? insert(listed)
      : void useComposer
          .getState()
          .fullTemplate(listed.id)
          .then((tpl) => tpl && insert(tpl));

  return (
    <div
      class="parley-composer"
      data-frame={frame}
      data-folded={folded ? 'true' : undefined}
      onDragOver={(e) => e.dataTransfer?.types.includes('Files') && e.preventDefault()}
      onDrop={(e) => {
        if (!e.dataTransfer?.files.length || queued) return;
        e.preventDefault();
        void useAttachments.getState().add([...e.dataTransfer.files]);
      }}
    >
      <ComposerNav onClose={onClose} onQueue={onQueue} needYou={queue.needYou} />
      {inFlight && <ComposerJobBanner job={inFlight} onQueue={onQueue} onWrite={folded ? () => setWriteAnyway(orderId) : undefined} />}
      {!folded && (
        <>
          {side}
          <div class="parley-composer__main">
            <LanguageNote buyerLang={check.buyerLang} source={check.buyerLangSource} template={template} />
            <MessageEditor
              text={s.text}
              issues={issues}
              limit={check.limit}
              length={check.rendered.text.length}
              readOnly={Boolean(queued) || order.status === 'canceled'}
              textareaRef={textarea}
              describedBy={issues.length ? 'parley-findings-title' : undefined}
              onInput={s.setText}
            />
            <AttachFiles reason={check.reason} email={s.settings.sendMethod === 'email'} disabled={Boolean(queued)} />
            <DraftStatus draft={s.draft} onDiscard={() => void s.discardDraft()} />
            <LintFindings issues={issues} text={s.text} onSelect={selectSpan} />
            <MessagePreview text={check.rendered.text} lang={s.lang ?? check.buyerLang} />
            {/* The email panel stays after Send: it shows the hand-off (or the hold) and its follow-ups. */}
            {Sender && <Sender order={order} onReadyChange={setSenderReady} />}
          </div>
          {/* Send spans the popup's foot and stays in view while everything above it scrolls. */}
          <div class="parley-composer__foot">
            {queued ? (
              <ComposerQueued jobId={queued.jobId} transport={s.settings.sendMethod} onNew={() => void s.discardDraft()} />
            ) : (
              <SendBar
                blockers={blockers}
                sending={s.send.state === 'sending'}
                refused={s.send.state === 'refused' ? s.send.error : undefined}
                settings={s.settings}
                onSend={() => void sendComposition()}
              />
            )}
          </div>
        </>
      )}
    </div>
  );
}
