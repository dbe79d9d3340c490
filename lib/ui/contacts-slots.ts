/**
 * The contacts area's parts of the composer (components/composer-slots.ts):
 * the email panel (sender picker, hand-off outcome) and the order's past
 * messages. Imported once by the pages that show the composer.
 */
import { composerSlots } from '@/components/composer-slots';
import { ContactHistory } from '@/components/ContactHistory';
import { EmailHandoff } from '@/components/EmailHandoff';

composerSlots.senderPicker = EmailHandoff;
composerSlots.orderHistory = ContactHistory;
