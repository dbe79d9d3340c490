import type { PageFeature } from '../features';
import { parleyMark } from './parley-mark';
import { contactButton } from './contact-button';
import { pageCheckFeature } from './page-check';
import { contactForm } from './contact-form';
import { contactedMark } from './contacted-mark';
import { bulkSelect } from './bulk-select';
import { permissionsImport } from './permissions-import';

/**
 * Every page feature, one file each, in the order they start. Two content
 * scripts share this registry: the order pages' (Manage Orders and Order
 * Details, loaded on the busiest pages, so kept small) and the rest of Seller
 * Central's (Contact Buyer, Messaging Permissions...). Copy-address and the
 * email relay lookup are injected on demand (entrypoints/copy-address.ts).
 */
export const ORDER_PAGE_FEATURES: readonly PageFeature[] = [parleyMark, contactButton, pageCheckFeature, contactedMark, bulkSelect];
export const OTHER_PAGE_FEATURES: readonly PageFeature[] = [parleyMark, contactForm, permissionsImport];
