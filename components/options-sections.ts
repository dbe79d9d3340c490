/**
 * The options page's sections, in nav order. Areas add theirs here (issue 6:
 * approved senders, buyer data): `{id, title, Component}`; the title is a
 * function so it is read after the UI language is loaded.
 */
import type { ComponentType } from 'preact';
import { t } from '@/lib/i18n';
import { ImportExport } from './ImportExport';
import { SettingsForm } from './SettingsForm';
import { TemplatesEditor } from './TemplatesEditor';
import { SendersSection } from './SendersSection';
import { BuyerDataSection } from './BuyerDataSection';

export interface OptionsSection {
  /** The URL hash (#templates) and the element id prefix. */
  id: string;
  title(): string;
  Component: ComponentType;
}

export const optionsSections: OptionsSection[] = [
  { id: 'templates', title: () => t('optionsNavTemplates'), Component: TemplatesEditor },
  { id: 'import-export', title: () => t('optionsNavImportExport'), Component: ImportExport },
  { id: 'settings', title: () => t('optionsNavSettings'), Component: SettingsForm },
  // -- contacts (issue 6): approved senders, buyer data --
  { id: 'senders', title: () => t('contactsSendersTitle'), Component: SendersSection },
  { id: 'buyer-data', title: () => t('contactsBuyerDataTitle'), Component: BuyerDataSection },
];
