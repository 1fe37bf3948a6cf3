// @ts-check
/**
 * Fixed vocabulary of the demo data set: agents, team members, names, summaries. Deliberately
 * mixed: long, multi-line, non-Latin and hostile-looking text, so the inbox is exercised on the
 * data it will meet in production.
 */

/** @typedef {{ id: string, name: string, versions: readonly string[], phone: string, email: string }} Agent */
/** @typedef {{ id: string, name: string, avatar_url: string | null }} TeamMember */

/** Anyreach agents; the first ones handle most traffic. Some have versions, some do not. */
/** @type {readonly Agent[]} */
export const AGENTS = [
  { id: 'agt_reception', name: 'Reception', versions: ['ver_rcp_3', 'ver_rcp_2', 'ver_rcp_1'], phone: '+14155550100', email: 'frontdesk@acme-plumbing.example' },
  { id: 'agt_dispatch', name: 'After-hours Dispatch', versions: ['ver_dsp_2', 'ver_dsp_1'], phone: '+14155550111', email: 'dispatch@acme-plumbing.example' },
  { id: 'agt_billing', name: 'Billing Assistant', versions: [], phone: '+14155550122', email: 'billing@acme-plumbing.example' },
  { id: 'agt_renewals', name: 'Outbound Renewals', versions: ['ver_rnw_1'], phone: '+14155550133', email: 'renewals@acme-plumbing.example' },
  { id: 'agt_reminders', name: 'Appointment Reminders', versions: [], phone: '+14155550144', email: 'reminders@acme-plumbing.example' },
  { id: 'agt_jp_support', name: 'サポート窓口', versions: ['ver_jps_2', 'ver_jps_1'], phone: '+81355550155', email: 'support@acme-plumbing.example.jp' },
  { id: 'agt_ru_support', name: 'Служба поддержки', versions: [], phone: '+74955550166', email: 'podderzhka@acme-plumbing.example' },
  { id: 'agt_ar_service', name: 'خدمة العملاء', versions: ['ver_ars_1'], phone: '+97145550177', email: 'service@acme-plumbing.example.ae' },
  { id: 'agt_emergency', name: 'Emergency Line 🚨', versions: ['ver_emg_2', 'ver_emg_1'], phone: '+14155550188', email: 'emergency@acme-plumbing.example' },
  {
    id: 'agt_commercial_hvac',
    name: 'Sales Qualification Agent for Commercial HVAC Maintenance Contracts (West Coast Region)',
    versions: [],
    phone: '+14155550199',
    email: 'commercial-hvac-sales-west-coast@acme-plumbing.example',
  },
];

/** How often each agent (by position in `AGENTS`) handles a conversation. */
export const AGENT_WEIGHTS = [30, 14, 10, 10, 8, 6, 5, 5, 8, 4];

/** Avoca team members (assignees). */
/** @type {readonly TeamMember[]} */
export const TEAM_MEMBERS = [
  { id: 'user_789', name: 'Sarah Johnson', avatar_url: 'https://avatars.avoca.ai/sarah.jpg' },
  { id: 'user_790', name: 'Miguel Ángel Ortega', avatar_url: 'https://avatars.avoca.ai/miguel.jpg' },
  { id: 'user_791', name: '佐藤 花子', avatar_url: 'https://avatars.avoca.ai/hanako.jpg' },
  { id: 'user_792', name: 'Oluwaseun Adeyemi', avatar_url: null },
  { id: 'user_793', name: 'Anna-Lena Müller', avatar_url: 'https://avatars.avoca.ai/anna-lena.jpg' },
  { id: 'user_794', name: 'أحمد الفارسي', avatar_url: 'https://avatars.avoca.ai/ahmed.jpg' },
  { id: 'user_795', name: 'Priya Raman', avatar_url: 'https://avatars.avoca.ai/priya.jpg' },
  { id: 'user_796', name: "Chris O'Neil", avatar_url: 'https://avatars.avoca.ai/chris.jpg' },
];

export const TAGS = [
  'emergency',
  'water_heater',
  'sales_inquiry',
  'maintenance_plan',
  'vip_customer',
  'recurring_issue',
  'billing',
  'follow_up',
  'warranty',
  'spanish',
  'needs callback',
  'électricité',
];

/** Campaign names, including one that needs JSON escaping in a `custom_metadata` filter. */
export const CAMPAIGNS = [
  'Spring Tune-Up 2026',
  'Renewals Q4',
  'Win-back',
  'Appointment Reminders',
  'Furnace Safety Check ❄️',
  'Promo "50% off" & more',
];

export const WEB_WIDGETS = ['ww_site_main', 'ww_pricing_page', 'ww_support_portal'];
export const TRUNKS = ['trunk_twilio_us', 'trunk_telnyx_eu'];

export const FIRST_NAMES = [
  'John', 'Jane', 'Maria', 'José', 'Wei', 'Aisha', 'Dmitri', 'Olivia', 'Liam', 'Fatima', 'Noah', 'Chloé',
  'Mateo', 'Sofia', 'Kenji', 'Amara', 'Lucas', 'Zoë', 'Ravi', 'Hannah', 'Björn', 'Siobhán', 'Tariq', 'Emily',
];
export const LAST_NAMES = [
  'Smith', 'Doe', 'García', 'Chen', 'Khan', 'Ivanov', 'Brown', "O'Brien", 'Nguyen', 'Müller', 'Kowalski',
  'Okafor', 'Rossi', 'Tanaka', 'Silva', 'Johansson', 'Dubois', 'Patel', 'Cohen', 'Van der Berg', 'Smith-Jones',
];
/** Whole names that do not split into Latin first/last parts. */
export const WHOLE_NAMES = [
  '山田 太郎',
  '李小龙',
  'محمد علي',
  'Иван Петров',
  'Ζωή Παπαδοπούλου',
  '김민준',
  'Maximilian Alexander Friedrich von Hohenzollern-Sigmaringen',
  '<img src=x onerror=alert(1)>',
];

export const EMAIL_DOMAINS = ['example.com', 'mail.example.org', 'example.net', 'corp.example.co.uk'];

/** Extra e-mail thread participants (CCs); the generator mixes their case and shape. */
export const CC_ADDRESSES = [
  'office.manager@example.com',
  'Billing@Acme-Plumbing.example',
  'landlord@example.net',
  'ops+alerts@mail.example.org',
  'tenant.2b@example.com',
  "o'connor@example.ie",
  'property-management@corp.example.co.uk',
  'yuki.tanaka@example.jp',
  'insurance.claims@example.com',
];

export const SHORT_SUMMARIES = [
  'No hot water - needs emergency service',
  'Question about maintenance plan pricing',
  'Rescheduled AC tune-up to next Tuesday morning',
  'Caller reported a gas smell near the furnace; advised to leave the house and call the utility',
  'Asked for a quote on a tankless water heater',
  'Wrong number',
  "Billing dispute about last month's invoice; escalated to accounts",
  'Left voicemail about overdue payment',
  'Customer confirmed appointment for Friday 9–11am',
  'Technician running late; customer notified',
  'Requested callback after 5pm',
  'Interested in a solar panel inspection',
  'Cancelled membership renewal',
  'Spanish-speaking caller; transferred to bilingual agent',
  'Thermostat not responding after power outage',
  'Asked about warranty coverage for a 2019 unit',
  'Leaking pipe under kitchen sink',
  'Follow-up on estimate #4821',
  'Customer wants to speak to a manager',
  'Booked duct cleaning for 3 rooms',
  'Hung up before the agent could respond',
  'Payment of $249.00 processed',
  'Unsubscribe request',
  'Sump pump alarm going off in basement',
];

export const INTERNATIONAL_SUMMARIES = [
  '給湯器が故障しました。至急修理を希望しています。',
  'エアコンの定期点検の予約を来週火曜日に変更。',
  'العميل يطلب موعدًا لصيانة المكيف يوم الخميس.',
  'Клиент просит перезвонить после 18:00 по поводу счёта.',
  'Заявка на установку водонагревателя 🚿',
  '🔥🔥 Furnace making loud noise 🔥🔥 — customer very upset 😡',
  '客户询问年度保养计划的价格。',
  'הלקוח ביקש לבטל את הפגישה',
  'Zählerstand übermittelt – Rückruf erwünscht',
  '👍',
  'Ο πελάτης ζήτησε προσφορά για καυστήρα.',
  '👨‍👩‍👧‍👦 Family of four, no heat since last night 🥶',
];

/** Sentences for multi-line and long summaries. */
export const SENTENCES = [
  'Customer called about the water heater installed last spring.',
  'They reported intermittent loss of hot water, mostly in the mornings.',
  'Agent walked them through checking the pilot light and the breaker.',
  'The issue persisted, so a technician visit was offered.',
  'Customer preferred a Saturday slot between 8am and noon.',
  'Confirmed the service address and gate code.',
  'Mentioned a previous visit where a valve was replaced.',
  'Asked whether the repair is covered by the maintenance plan.',
  'Agent explained the diagnostic fee and the warranty terms.',
  'Customer agreed and asked for a text confirmation.',
  'Noted that a dog will be in the backyard.',
  'Escalated to a supervisor because the customer requested a discount.',
  'Supervisor approved a 10% courtesy discount on labour.',
  'Follow-up call scheduled for two days after the visit.',
];

/** Text that must render as text, never as markup or a link. */
export const HOSTILE_STRINGS = [
  '<script>alert("xss")</script> Caller asked about pricing',
  '<img src=x onerror="alert(1)"> leaking faucet',
  '"; DROP TABLE conversations; --',
  "{{constructor.constructor('alert(1)')()}}",
  '\u202Egnipmup retaw\u202C reversed text',
  'javascript:alert(document.cookie)',
  `Reference ${'A1B2C3D4'.repeat(40)}`,
  'Zero\u200Bwidth\u200Bspaces\u200Bbetween\u200Bwords',
];

export const TRANSCRIPT_OPENINGS = [
  'Hi, my water heater stopped working.',
  'Hello, I need to reschedule my appointment.',
  'I have a question about my bill.',
  'Can someone come out today?',
  'こんにちは、修理をお願いしたいです。',
  'Здравствуйте, у меня протекает кран.',
];
export const TRANSCRIPT_REPLIES = [
  'I can help with that. Can you confirm your address?',
  'Sure, let me look up your account.',
  'I have scheduled a technician for you.',
  'Let me transfer you to our billing team.',
];
