import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { bootPage } from '@/lib/ui/boot';
import { preloadPopupOrder } from '@/lib/ui/composer-preload';
import '@/components/styles.css';
import '@/lib/ui/contacts-slots';

// The linked order loads while the UI language does; the popup renders once both are there.
void Promise.all([bootPage(), preloadPopupOrder()]).then(() => render(<PopupApp />, document.getElementById('app')!));
