import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { bootPage } from '@/lib/ui/boot';
import '@/components/styles.css';
import '@/lib/ui/contacts-slots';

void bootPage().then(() => render(<PopupApp />, document.getElementById('app')!));
