import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { bootPage } from '@/lib/ui/boot';
import { preloadLinkedOrder } from '@/lib/ui/composer-preload';
import '@/components/styles.css';
import '@/lib/ui/contacts-slots';

preloadLinkedOrder();
void bootPage().then(() => render(<PopupApp />, document.getElementById('app')!));
