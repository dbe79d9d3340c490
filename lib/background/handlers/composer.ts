import { browser } from 'wxt/browser';
import { err, ok } from '../../result';
import { t } from '../../i18n';
import { clearDraft, getDraft, purgeDrafts, saveDraft } from '../composer-drafts';
import { importTemplates } from '../composer-import';
import { dismissQuarantined, listQuarantined, restoreQuarantined } from '../composer-quarantine';
import { addDraftFile, draftFiles, fileData, removeDraftFile } from '../composer-files';
import { deleteFilesOf, draftOwner } from '../file-store';
import { saveSettings } from '../composer-settings';
import { activeTabOrder } from '../composer-tab';
import { deleteTemplate, listTemplateHeads, listTemplates, restoreStarter, saveTemplate } from '../composer-templates';
import type { Handlers } from '../router';

/** Message handlers of the composer area (see lib/protocol/). Sender and payload are checked by the router. */
export const composerHandlers: Partial<Handlers> = {
  async 'composer/templates'() {
    return ok(await listTemplates());
  },
  async 'composer/templateHeads'() {
    return ok({ templates: await listTemplateHeads() });
  },
  async 'composer/saveTemplate'({ template }) {
    return ok(await saveTemplate(template));
  },
  async 'composer/deleteTemplate'({ id }) {
    return ok({ changed: await deleteTemplate(id) });
  },
  async 'composer/restoreTemplate'({ id }) {
    return ok({ changed: await restoreStarter(id) });
  },
  async 'composer/importTemplates'({ text }) {
    return ok(await importTemplates(text));
  },
  async 'composer/files'({ orderId }) {
    return ok({ files: await draftFiles(orderId) });
  },
  'composer/fileAdd'(input) {
    return addDraftFile(input);
  },
  async 'composer/fileRemove'({ orderId, fileId }) {
    return ok({ removed: await removeDraftFile(orderId, fileId) });
  },
  async 'composer/fileGet'({ orderId, fileId }) {
    const file = await fileData(draftOwner(orderId), fileId);
    return file ? ok(file) : err('not-found', t('composerFileGone'));
  },
  async 'composer/quarantine'() {
    return ok({ items: await listQuarantined() });
  },
  async 'composer/restoreQuarantined'({ id }) {
    const answer = await restoreQuarantined(id);
    return answer ? ok(answer) : err('not-found', t('quarantineGone'));
  },
  async 'composer/dismissQuarantined'({ id }) {
    return ok({ dismissed: await dismissQuarantined(id) });
  },
  async 'composer/draftGet'({ orderId }) {
    return ok({ entry: await getDraft(orderId) });
  },
  async 'composer/draftSave'({ orderId, draft }) {
    return ok(await saveDraft(orderId, draft));
  },
  async 'composer/draftClear'({ orderId }) {
    // The seller's Discard (or the draft went into the queue, its files with it): the draft's files go too.
    await deleteFilesOf(draftOwner(orderId));
    return ok({ cleared: await clearDraft(orderId) });
  },
  async 'composer/settingsSave'({ patch }) {
    return ok(await saveSettings(patch));
  },
  async 'composer/tabOrder'() {
    return ok(await activeTabOrder());
  },
};

export const DRAFT_PURGE_ALARM = 'composer-purge-drafts';

/** Start-up wiring of the composer area: the hourly purge of drafts past the retention setting. */
export function setupComposer(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DRAFT_PURGE_ALARM) void purgeDrafts();
  });
  // Creating an existing alarm again would restart its period on every worker start: only create it when missing.
  void browser.alarms.get(DRAFT_PURGE_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(DRAFT_PURGE_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
  });
}
