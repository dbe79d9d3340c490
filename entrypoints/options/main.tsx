import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import { bootPage } from '@/lib/ui/boot';
import '@/components/styles.css';

void bootPage().then(() => render(<OptionsApp />, document.getElementById('app')!));
