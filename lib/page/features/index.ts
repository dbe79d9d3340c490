import type { PageFeature } from '../features';
import { parleyMark } from './parley-mark';
import { contactButton } from './contact-button';
import { pageCheckFeature } from './page-check';
import { contactForm } from './contact-form';
import { emailRelay } from './email-relay';
import { contactedMark } from './contacted-mark';
import { bulkSelect } from './bulk-select';
import { permissionsImport } from './permissions-import';

/** Every page feature, in the order they start. One file each. */
export const FEATURES: readonly PageFeature[] = [parleyMark, contactButton, pageCheckFeature, contactForm, emailRelay, contactedMark, bulkSelect, permissionsImport];
