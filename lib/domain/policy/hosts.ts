/**
 * Hosts of links a buyer may need to complete an order: Amazon itself and the
 * carriers' tracking sites. Amazon allows "only links related to order
 * completion"; everything else in a message is a violation. Sellers extend the
 * list in settings (context.allowedLinkHosts) for a carrier Parley does not know.
 */

/** Brands whose every country domain is theirs: amazon.de, dhl.co.uk, dpd.fr... */
const BRAND_NAMES = ['amazon', 'dhl', 'dpd', 'gls-group', 'hermesworld', 'tnt', 'fedex', 'ups', 'aramex', 'postnord'];

/** Exact registrable domains (their subdomains are allowed too). */
export const ALLOWED_LINK_HOSTS: readonly string[] = [
  // Amazon's own short links and services
  'amzn.to',
  'amzn.eu',
  'amzn.asia',
  'a.co',
  'amazonlogistics.com',
  // North America
  'ups.com',
  'fedex.com',
  'usps.com',
  'ontrac.com',
  'lasership.com',
  'canadapost.ca',
  'canadapost-postescanada.ca',
  'purolator.com',
  'estafeta.com',
  'correios.com.br',
  // Europe
  'dhl.com',
  'deutschepost.de',
  'royalmail.com',
  'parcelforce.com',
  'evri.com',
  'myhermes.co.uk',
  'myhermes.de',
  'hermes-europe.co.uk',
  'yodel.co.uk',
  'gls-group.eu',
  'gls-pakete.de',
  'colissimo.fr',
  'laposte.fr',
  'chronopost.fr',
  'mondialrelay.fr',
  'correos.es',
  'seur.com',
  'mrw.es',
  'nacex.es',
  'poste.it',
  'brt.it',
  'sda.it',
  'postnl.nl',
  'bpost.be',
  'postnord.se',
  'inpost.pl',
  'pocztex.pl',
  'poczta-polska.pl',
  'an-post.ie',
  'anpost.com',
  'ptt.gov.tr',
  'yurticikargo.com',
  // Asia-Pacific, Middle East, Africa
  'kuronekoyamato.co.jp',
  'sagawa-exp.co.jp',
  'japanpost.jp',
  'post.japanpost.jp',
  'sf-express.com',
  'sf-international.com',
  'ems.com.cn',
  'chinapost.com.cn',
  'auspost.com.au',
  'startrack.com.au',
  'nzpost.co.nz',
  'singpost.com',
  'indiapost.gov.in',
  'delhivery.com',
  'bluedart.com',
  'smsaexpress.com',
  'emiratespost.ae',
  'postoffice.co.za',
];

const BRAND_PATTERN = new RegExp(`(?:^|\\.)(?:${BRAND_NAMES.join('|')})\\.(?:[a-z]{2,3}|(?:co|com)\\.[a-z]{2})$`);

/** "https://www.Track.example.com/x" or "*.example.com" -> "track.example.com" / "example.com". */
export function normalizeHost(entry: string): string {
  return entry
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]{0,20}:\/\//, '')
    .replace(/^\*\./, '')
    .replace(/[/?#:].*$/s, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

/** Is a link to this host needed to complete an order (Amazon, carriers, the seller's own additions)? */
export function isAllowedLinkHost(host: string, extra: readonly string[] = []): boolean {
  const h = normalizeHost(host);
  if (!h) return false;
  if (BRAND_PATTERN.test(h)) return true;
  const allowed = [...ALLOWED_LINK_HOSTS, ...extra.map(normalizeHost).filter(Boolean)];
  return allowed.some((a) => h === a || h.endsWith(`.${a}`));
}
