import { describe, expect, it } from 'vitest';
import {
  contactBuyerPath,
  contactBuyerUrl,
  inboxSearchPath,
  isOrderDetailsPath,
  isSignInUrl,
  orderIdOfContactUrl,
  orderIdOfPageUrl,
  pageKindOf,
} from '@/lib/domain/seller-central-urls';

const ID = '112-3456789-0123456';
const SC = 'https://sellercentral.amazon.co.uk';

describe('Seller Central URLs', () => {
  it.each([
    [`${SC}/orders-v3`, 'orders-list'],
    [`${SC}/orders-v3/mfn/unshipped?page=2`, 'orders-list'],
    [`${SC}/orders-v3/search?q=${ID}&qt=orderid`, 'orders-list'],
    [`${SC}/orders-v3/order/${ID}`, 'order-details'],
    [`${SC}/orders-v3/order/${ID}/`, 'order-details'],
    [`${SC}/messaging/contact?orderID=${ID}&marketplaceID=A1F83G8C2ARO7P`, 'contact-buyer'],
    [`${SC}/messaging/inbox-v3?fi=responseNeeded`, 'buyer-messages'],
    [`${SC}/messaging/permissions`, 'messaging-permissions'],
    [`${SC}/home`, 'other'],
    ['not a url', 'other'],
  ])('%s is %s', (url, kind) => {
    expect(pageKindOf(url)).toBe(kind);
  });

  it('builds Contact Buyer and inbox addresses with the query encoded', () => {
    expect(contactBuyerPath(ID, 'A1F83G8C2ARO7P')).toBe(`/messaging/contact?orderID=${ID}&marketplaceID=A1F83G8C2ARO7P`);
    expect(contactBuyerPath(ID)).toBe(`/messaging/contact?orderID=${ID}`);
    expect(contactBuyerUrl({ host: 'sellercentral.amazon.de', orderId: ID, marketplaceId: 'A1PA6795UKMFR9' })).toBe(
      `https://sellercentral.amazon.de/messaging/contact?orderID=${ID}&marketplaceID=A1PA6795UKMFR9`,
    );
    expect(inboxSearchPath('a&b')).toBe('/messaging/inbox-v3?fi=search&ss=a%26b');
  });

  it('reads the order of Contact Buyer links and order pages, refusing what is not an order id', () => {
    expect(orderIdOfContactUrl(`${SC}/messaging/contact?orderID=${ID}`)).toBe(ID);
    expect(orderIdOfContactUrl(`${SC}/messaging/contact?orderId=${ID}`)).toBe(ID);
    expect(orderIdOfContactUrl(`${SC}/messaging/contact?orderID=123`)).toBeUndefined();
    expect(orderIdOfContactUrl(`${SC}/messaging/inbox?orderID=${ID}`)).toBeUndefined();
    expect(orderIdOfContactUrl(undefined)).toBeUndefined();
    expect(orderIdOfPageUrl(`${SC}/orders-v3/order/${ID}`)).toBe(ID);
    expect(orderIdOfPageUrl(`${SC}/messaging/contact?orderID=${ID}`)).toBe(ID);
    expect(orderIdOfPageUrl(`${SC}/orders-v3/order/%3Cscript%3E`)).toBeUndefined();
    expect(isOrderDetailsPath(`/orders-v3/order/${ID}`)).toBe(true);
    expect(isOrderDetailsPath('/orders-v3/mfn/shipped')).toBe(false);
  });

  it.each([
    ['https://sellercentral.amazon.com/ap/signin?openid.return_to=x', true],
    ['https://sellercentral.amazon.com/ap/sign-in', true],
    ['https://sellercentral.amazon.com/ap/mfa', true],
    ['https://sellercentral.amazon.com/ap/cvf/request', true],
    ['/ap/signin', true],
    ['https://sellercentral.amazon.com/orders-v3?next=/ap/signin', false],
    ['https://sellercentral.amazon.com/apps/signing', false],
    [undefined, false],
  ])('%s is a sign-in page: %s', (url, expected) => {
    expect(isSignInUrl(url)).toBe(expected);
  });
});
