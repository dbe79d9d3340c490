import { render } from 'preact';
import { BulkReview } from '@/components/BulkReview';
import { bootPage } from '@/lib/ui/boot';
import '@/components/styles.css';

// The bulk review: an extension page of its own (the toolbar popup closes on blur,
// too soon to read twenty messages). Only order ids travel in its URL.
void bootPage().then(() =>
  render(
    <main class="parley-options parley-bulk-page">
      <BulkReview search={location.search} />
    </main>,
    document.getElementById('app')!,
  ),
);
