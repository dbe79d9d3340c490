/**
 * Phrases for the review rules (reviews.ts), per language. Amazon forbids
 * offering anything for a review, asking for a positive review or for a review
 * to be changed or removed, steering unhappy buyers away from reviewing, and
 * asking for a review more than once. Patterns link the incentive and the
 * review within one sentence (often one clause) so that an ordinary "we issued
 * your refund, thank you for your feedback" passes.
 */
import { alt, clause, gap, rx, stem, word } from './text';

// English
/** "review" as a noun: not "we will review your photos". */
const EN_REVIEW = `(?<!(?:^|[^\\p{L}])(?:we|i|they|will|to|can|shall|must|would|should|could|please|'ll) )${word(['reviews?', 'feedback', 'ratings?', 'testimonials?'])}`;
const EN_INCENTIVE = alt([
  stem(['refund', 'discount', 'gift card', 'gift', 'coupon', 'voucher', 'reward', 'cash ?back', 'money back', 'rebate', 'bonus']),
  stem(['compensat', 'freebie', 'prize', 'giveaway', 'sample']),
  '(?<!feel )(?<![\\p{L}])free(?! to)',
  '\\d{1,3} ?%',
  '[$€£¥]\\d',
]);
const EN_FOR = word(['for', 'in exchange for', 'in return for', 'after', 'once', 'if', 'when', 'upon']);
const EN_ASK = word(['leave', 'write', 'post', 'give', 'submit', 'share', 'drop']);
const EN_GET = word(['get', 'receive', 'claim', 'earn', "we'?ll send", "we'?ll give", "we'?ll refund", 'we will (?:send|give|refund|pay)']);
const EN_THANKS_BEFORE = '(?<!thank(?:s| you) for (?:your |the |leaving |giving |your kind )?)';
const EN_POSITIVE = stem([
  'positive',
  'glowing',
  'favou?rable',
  '5[- ]?stars?',
  'five[- ]?stars?',
  'good',
  'great',
  'excellent',
  'perfect',
  'top',
  'high',
]);
const EN_NEGATIVE = stem(['negative', 'bad', 'poor', 'low', '1[- ]?star', 'one[- ]?star', 'neutral', 'critical']);
const EN_CHANGE = stem([
  'chang(?:e|ing)',
  'remov(?:e|ing)',
  'delet(?:e|ing)',
  'updat(?:e|ing)',
  'revis(?:e|ing)',
  'edit(?:ing)?',
  'withdraw(?:ing)?',
  'amend(?:ing)?',
  'reconsider(?:ing)?',
  'modify(?:ing)?',
  'retract(?:ing)?',
  'take down',
  'rais(?:e|ing)',
  'increas(?:e|ing)',
  'improv(?:e|ing)',
  'upgrad(?:e|ing)',
]);
const EN_PATTERNS = [
  `${EN_INCENTIVE}${gap(60)}${EN_FOR}${gap(25)}${EN_REVIEW}`,
  `${EN_ASK}${gap(15)}${EN_REVIEW}${gap(40)}${word(['and', 'to', 'then'])}${gap(10)}${EN_GET}${gap(40)}${EN_INCENTIVE}`,
  `${EN_THANKS_BEFORE}${EN_POSITIVE}(?: (?:product|seller|star))? ${EN_REVIEW}`,
  `${word(['give', 'rate', 'leave'])}${gap(20)}${word(['5', 'five', 'full'])} stars`,
  `${word(['if', 'when', 'once'])} you(?:'re| are)? ${word(['happy', 'satisfied', 'pleased', 'love', 'like', 'enjoy', 'delighted'])}${gap(60)}${EN_REVIEW}`,
  `${word(['before', 'instead of'])} (?:leaving|writing|posting|giving)${gap(30)}${EN_REVIEW}`,
  `${EN_NEGATIVE} ${EN_REVIEW}`,
  `${EN_CHANGE} (?:(?:your|the|this|that|its|my|our) )?(?:[\\p{L}\\d-]{1,20} )?${EN_REVIEW}`,
  `${EN_REVIEW}${clause(20)}${word(['removed', 'changed', 'deleted', 'revised', 'amended', 'withdrawn', 'taken down'])}`,
];

// Chinese: incentive and review in one clause, or joined by 后/即可
const ZH_REVIEW = '(?:好评|评价|评论|留评|五星|5星|晒图|评分)';
const ZH_INCENTIVE = '(?:返现|返款|退款|折扣|优惠|礼品|礼物|赠品|红包|免费|奖励|补偿|代金券|现金|报销|好处|小礼)';
const ZH_PATTERNS = [
  `${ZH_REVIEW}${clause(15)}${ZH_INCENTIVE}`,
  `${ZH_INCENTIVE}${clause(15)}${ZH_REVIEW}`,
  `(?:好评|评价|留评|晒图)(?:后|之后|即可|就)${gap(10)}${ZH_INCENTIVE}`,
  '(?:五星|5星|五颗星|满分)(?:好评|评价)?',
  '(?<!感谢您?的?|谢谢您?的?)好评',
  '差评|中评|负面评价',
  `(?:修改|删除|撤销|撤回|删掉|更改|移除|改成|改为)${clause(10)}(?:评价|评论|差评|中评|评分|好评|反馈)`,
  `(?:评价|评论|评分|反馈|差评|中评)${clause(6)}(?:删除|删掉|修改|撤回|改成|改为|改一下|删一下)`,
];

// German
const DE_REVIEW = stem(['bewertung', 'rezension', 'feedback', 'bewerten', 'rezensieren']);
const DE_INCENTIVE = alt([
  stem(['rückerstattung', 'erstattung', 'rabatt', 'gutschein', 'geschenk', 'gratis', 'kostenlos', 'umsonst']),
  stem(['geld zurück', 'belohnung', 'prämie', 'entschädigung', 'cashback', 'nachlass']),
  '\\d{1,3} ?%',
]);
const DE_PATTERNS = [
  `${DE_INCENTIVE}${gap(60)}${word(['für', 'gegen', 'nach', 'wenn', 'sobald', 'im austausch für', 'als dank für'])}${gap(25)}${DE_REVIEW}`,
  `${DE_REVIEW}${gap(40)}${word(['und', 'um'])}${gap(30)}${DE_INCENTIVE}`,
  `${stem(['positiv', 'gut', 'sehr gut', '5[- ]?sterne', 'fünf[- ]?sterne', 'top'])}\\p{L}{0,3}[- ]{1,2}${DE_REVIEW}`,
  `${word(['5', 'fünf'])} sternen?`,
  `${stem(['negativ', 'schlecht'])}\\p{L}{0,3} ${DE_REVIEW}`,
  `${word(['ihre', 'ihr', 'deine', 'dein', 'die', 'das'])} (?:\\p{L}{1,20} )?${DE_REVIEW}${clause(25)}${stem(['ändern', 'löschen', 'entfernen', 'zurückziehen', 'zurücknehmen'])}`,
  `${stem(['änder', 'lösch', 'entfern', 'zurückzieh'])}\\p{L}{0,3}${clause(30)}${DE_REVIEW}`,
];

// Japanese
const JA_REVIEW = '(?:レビュー|評価|星5|★5|☆5|5つ星|五つ星|口コミ)';
const JA_INCENTIVE = '(?:返金|割引|値引き|クーポン|プレゼント|ギフト|無料|特典|謝礼|ポイント|キャッシュバック|お礼の品|粗品|進呈|差し上げ)';
const JA_PATTERNS = [
  `${JA_REVIEW}${clause(25)}${JA_INCENTIVE}`,
  `${JA_INCENTIVE}${clause(25)}${JA_REVIEW}`,
  `(?:レビュー|評価)を?(?:書|投稿|記入|いただ|頂)${gap(20)}(?:方|場合|お客様|皆様)${gap(15)}${JA_INCENTIVE}`,
  '高評価|星5|★5|☆5|5つ星|五つ星|星を5つ|満点の評価|良い評価|いい評価|好評価',
  '低評価|悪い評価|星1つ|★1|否定的な評価|マイナス評価',
  `(?:レビュー|評価)${clause(15)}(?:変更|削除|修正|取り消|撤回|書き換え|見直し|取り下げ)`,
];

// French, Spanish, Italian: the common phrasings
const FR_REVIEW = alt([stem(['avis', 'évaluation', 'commentaire']), word(['note'])]);
const FR_INCENTIVE = alt([
  stem(['rembours', 'réduction', 'remise', 'cadeau', 'gratuit', "bon d'achat", 'code promo', 'récompense']),
  '\\d{1,3} ?%',
]);
const ES_REVIEW = stem(['reseña', 'opinión', 'opinion', 'valoración', 'comentario', 'calificación']);
const ES_INCENTIVE = alt([stem(['reembols', 'descuento', 'regalo', 'gratis', 'gratuito', 'cupón', 'recompensa']), '\\d{1,3} ?%']);
const IT_REVIEW = stem(['recension', 'valutazion', 'feedback']);
const ROMANCE_PATTERNS = [
  `${FR_INCENTIVE}${gap(60)}${word(['pour', 'en échange de', 'contre', 'après', 'si', 'dès que', 'une fois'])}${gap(25)}${FR_REVIEW}`,
  `${FR_REVIEW}${gap(40)}${word(['et', 'pour'])} ${stem(['recev', 'obten', 'bénéfic'])}${gap(30)}${FR_INCENTIVE}`,
  `avis (?:positif|favorable|5 étoiles|cinq étoiles)|(?:bonne|excellente|meilleure) (?:note|évaluation)|${word(['5', 'cinq'])} étoiles`,
  'avis (?:négatif|défavorable)|mauvaise (?:note|évaluation)',
  `${word(['modifier', 'supprimer', 'retirer', 'changer'])} (?:votre |ton |cet |le |la |l')?${FR_REVIEW}`,
  `${ES_INCENTIVE}${gap(60)}${word(['por', 'a cambio de', 'después de', 'si', 'cuando', 'tras'])}${gap(25)}${ES_REVIEW}`,
  `${ES_REVIEW} (?:positiv[ao]|favorable|de 5 estrellas|de cinco estrellas)|${word(['5', 'cinco'])} estrellas`,
  `${ES_REVIEW} negativ[ao]|mala (?:reseña|opinión|valoración)`,
  `${word(['cambiar', 'eliminar', 'borrar', 'modificar', 'retirar', 'quitar'])} (?:su |tu |la |el |esta |este )?${ES_REVIEW}`,
  `${stem(['rimborso', 'sconto', 'regalo', 'omaggio', 'buono'])}${gap(60)}${word(['per', 'in cambio di', 'dopo', 'se'])}${gap(25)}${IT_REVIEW}`,
  `recensione positiva|${word(['5', 'cinque'])} stelle`,
  `${word(['modificare', 'rimuovere', 'eliminare', 'cambiare'])} (?:la sua |la tua |la )?${IT_REVIEW}`,
];

export const REVIEW_INCENTIVE_RES: readonly RegExp[] = [
  ...EN_PATTERNS,
  ...ZH_PATTERNS,
  ...DE_PATTERNS,
  ...JA_PATTERNS,
  ...ROMANCE_PATTERNS,
].map(rx);

const EN_REQUEST_VERB = word([
  'leave',
  'leaving',
  'write',
  'writing',
  'post',
  'posting',
  'share',
  'sharing',
  'give',
  'giving',
  'submit',
  'drop',
]);
const EN_REQUEST_FILLER = '(?:(?:us|me|a|an|your|some|the|quick|short|honest|brief|product|seller|genuine|fair|small|little) ){0,4}';
export const REVIEW_REQUEST_RES: readonly RegExp[] = [
  `${EN_REQUEST_VERB} ${EN_REQUEST_FILLER}${EN_REVIEW}`,
  `${word(['review', 'rate'])} (?:the|your|our|this|my) ${word(['product', 'item', 'purchase', 'order', 'experience', 'seller', 'shop', 'store'])}`,
  'how (?:many stars|would you rate)',
  `${word(['appreciate', 'love', 'grateful for', 'welcome', 'value'])}${gap(25)}${EN_REVIEW}`,
  '(?:留下?|写|给|发表|分享|提交)(?:一个|个|一条|下|一下)?(?:您的|你的|我们)?(?:宝贵的|真实的)?(?:评价|评论|好评|反馈|留评|晒图)',
  `留评|评价一下|评论一下|(?:请|麻烦|希望|期待|欢迎)${clause(12)}(?:评价|评论|好评|留评|晒图)`,
  `${DE_REVIEW}${clause(30)}${stem(['hinterlass', 'schreib', 'abgeb', 'geben', 'verfass'])}|${word(['bewerten', 'rezensieren'])} sie`,
  `freuen uns (?:über|auf) (?:eine|ihre) ${DE_REVIEW}`,
  `(?:レビュー|評価|ご感想|口コミ)${clause(20)}(?:お願い|いただけ|頂け|書いて|投稿|ください|下さい|お待ち|賜れ|お寄せ)`,
  `${word(['laisser', 'laissez', 'donner', 'donnez', 'écrire', 'rédiger', 'publier', 'partager'])} (?:un |une |votre |nous )?(?:petit |court )?${FR_REVIEW}`,
  `${word(['dejar', 'deje', 'dejarnos', 'déjenos', 'escribir', 'escriba', 'publicar', 'compartir', 'darnos'])} (?:una |un |su |tu |nos )?(?:breve )?${ES_REVIEW}`,
  `${word(['lasciare', 'lasci', 'scrivere', 'scriva'])} (?:una )?${IT_REVIEW}`,
].map(rx);
