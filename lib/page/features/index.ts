import type { PageFeature } from '../feature-registry';
import { parleyMark } from './parley-mark';
import { contactButton } from './contact-button';
import { pageCheckFeature } from './page-check';
import { contactForm } from './contact-form';
import { orderExtras } from './order-extras';
import { permissionsImport } from './permissions-import';
import { replyToolsLoader } from './reply-tools-loader';

/**
 * Every page feature, one file each, in the order they start. Two content
 * scripts share this registry: the order pages' (Manage Orders and Order
 * Details, loaded on the busiest pages, so kept small) and the rest of Seller
 * Central's (Contact Buyer, Messaging Permissions...). Injected on demand:
 * the order pages' extras, bulk selection and contacted marks
 * (entrypoints/order-extras.ts), copy-address with the email relay lookup
 * (entrypoints/copy-address.ts), and the inbox's reply tools (entrypoints/reply-tools.ts).
 */
export const ORDER_PAGE_FEATURES: readonly PageFeature[] = [parleyMark, contactButton, pageCheckFeature, orderExtras];
export const OTHER_PAGE_FEATURES: readonly PageFeature[] = [parleyMark, contactForm, permissionsImport, replyToolsLoader];
