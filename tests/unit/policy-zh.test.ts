/**
 * Policy lint on realistic Simplified Chinese buyer messages (the language
 * many sellers write in): compliant ones and each kind of violation.
 */
import { describe } from 'vitest';
import { runRows, type Row } from './policy-table';

const O = '123-1234567-1234567';

export const ZH_ROWS: Row[] = [
  // Compliant
  { text: `您好，关于订单${O}：您选择的蓝色已经售罄，请问可以换成灰色吗？` },
  {
    text: `您好，订单${O}的包裹重2.5公斤，快递单号为SF1234567890123，预计5月12日送达。由于体积较大，请确认收货时家中有人。`,
    note: '重量、单号、日期不是电话',
  },
  {
    text: `您好，订单${O}中的刻字内容为“生日快乐 小明”，请核对是否正确，如需修改请回复。`,
    ctx: { reason: 'confirmCustomizationDetails', maxLength: 800 },
  },
  {
    text: `您好，很抱歉，订单${O}的商品在运输途中损坏，我们可以为您补发或全额退款，请问您更倾向哪种方式？`,
    ctx: { reason: 'unexpectedProblem', critical: true },
  },
  { text: `您好，订单${O}的发票已作为附件发送，请查收。`, ctx: { reason: 'invoice' } },
  { text: `您好，如需退货，请通过 https://www.amazon.cn/gp/css/returns 申请，订单号${O}。`, note: '亚马逊 https 链接' },
  { text: `您好，订单${O}您支付了¥199，其中一件缺货，我们将退还¥99.5，请问是否同意？`, note: '价格' },
  { text: `谢谢您的回复！订单${O}已经发货了。`, ctx: { isReply: true }, note: '回复买家可以致谢' },
  {
    text: `您好，订单${O}的家具需要预约送货，快递员可在6月21日上午或6月22日下午上门，请问哪个时间方便？`,
    ctx: { reason: 'confirmDeliveryDetails' },
  },
  { text: `您好，订单${O}的收货地址缺少门牌号（邮编100000），请提供完整地址。`, note: '邮编' },
  { text: `您好，订单${O}的退款已经处理，感谢您的反馈，我们会改进包装。`, note: '退款与反馈在不同分句' },
  { text: `您好，订单${O}的商品型号为LMP-4410，生产批号20240512，请确认是否与您需要的型号一致。`, note: '型号和批号' },

  {
    text: `您好，订单${O}预计3-5个工作日送达，运费¥12.50已退还，给您带来不便深表歉意。`,
    ctx: { reason: 'unexpectedProblem', critical: true },
    note: '天数与金额',
  },
  // Violations
  { text: `亲爱的顾客，感谢您的购买！您的订单${O}已经发货，祝您购物愉快！`, errors: ['thankYouOnly'] },
  { text: `您好，您的订单${O}已发出，运单号：SF1234567890123。如有任何问题，请随时联系我们。`, errors: ['thankYouOnly'] },
  { text: `您好，订单${O}的商品已发货。收到后给我们五星好评，即可返现10元！`, errors: ['reviewIncentive'] },
  { text: `亲，如果对商品满意，请留下好评，我们会送您一张优惠券。订单${O}。`, errors: ['reviewIncentive', 'marketing'] },
  {
    text: `您好，订单${O}的问题我们已经为您退款，麻烦您把差评删除，谢谢。`,
    errors: ['reviewIncentive'],
    spans: { reviewIncentive: ['差评删除'] },
  },
  { text: `您好，订单${O}的台灯已经送达，希望您能抽空评价一下我们的商品。`, warnings: ['reviewRequest'] },
  {
    text: `您好，订单${O}的台灯已经送达，希望您能抽空评价一下我们的商品。`,
    ctx: { previousReviewRequests: 2 },
    errors: ['reviewRequest'],
    note: '重复请求评价',
  },
  {
    text: `您好，关于订单${O}的定制图案，请加我们的微信lumen_store详细沟通。`,
    errors: ['externalContact'],
    spans: { externalContact: ['我们的微信'] },
  },
  {
    text: `您好，订单${O}需要确认送货时间，请拨打电话138 0013 8000联系我们。`,
    errors: ['phone', 'externalContact'],
    spans: { phone: ['138 0013 8000'] },
  },
  {
    text: `您好，订单${O}的大件家具需要预约送货时间，如有疑问请致电+86 10 1234 5678。`,
    errors: ['phone', 'externalContact'],
    spans: { phone: ['+86 10 1234 5678'] },
  },
  { text: `您好，订单${O}需要确认尺码，手机13800138000。`, errors: ['phone'], spans: { phone: ['13800138000'] } },
  { text: `您好，订单${O}已发货。本店新品上市，全场8折，欢迎访问我们的店铺！`, errors: ['marketing'] },
  { text: `您好，订单${O}少发了一件，我们可以通过支付宝直接退款给您。`, errors: ['offAmazonPayment'] },
  { text: `您好😊，订单${O}的颜色请问选红色还是蓝色？`, errors: ['emoji'], spans: { emoji: ['😊'] } },
  { text: `【重要】订单${O}：请确认您的收货地址。`, errors: ['important'], spans: { important: ['【重要】'] } },
  {
    text: `您好，请把订单${O}的定制照片发送到 lumen＠example.cn 。`,
    errors: ['email'],
    spans: { email: ['lumen＠example.cn'] },
    note: '全角＠',
  },
  { text: `您好，订单${O}的尺码请问需要M还是L？回复TD退订。`, errors: ['optOut'] },
  { text: `您好，为了给订单${O}退款，请提供您的银行卡号和密码。`, errors: ['personalData'] },
  { text: `您好，订单${O}的安装视频请看 www.lumen-video.cn/install 。`, errors: ['link'], spans: { link: ['www.lumen-video.cn/install'] } },
  {
    text: `您好，关于订单${O}：您选择的蓝色已经售罄，请问可以换成灰色吗？`,
    ctx: { buyerLanguage: 'en' },
    warnings: ['language'],
    note: '买家读英文',
  },
  { text: '您好，您选择的蓝色已经售罄，请问可以换成灰色吗？我们会尽快安排发货。', warnings: ['orderId'] },
];

describe('policy lint: Chinese messages', () => {
  runRows('zh', { orderId: O, buyerLanguage: 'zh-CN', reason: 'confirmOrderDetails', maxLength: 2000 }, ZH_ROWS);
});
