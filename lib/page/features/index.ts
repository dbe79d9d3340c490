import type { PageFeature } from '../features';
import { parleyMark } from './parley-mark';
import { contactForm } from './contact-form';

/** Every page feature, in the order they start. One file each. */
export const FEATURES: readonly PageFeature[] = [parleyMark, contactForm];
