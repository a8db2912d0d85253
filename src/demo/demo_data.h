/*
 * demo_data.h — the data of the demo organisation, as static const tables
 * read by demo.c and nothing else: Quillmoor, an invented company making a
 * booking and invoicing app for independent repair shops. People, units,
 * objectives, key results, initiatives, dependencies, the coaching circle
 * and the texts of check-ins and commitments. No dates live here: demo.c
 * places everything relative to today.
 */
#ifndef GRIP_DEMO_DATA_H
#define GRIP_DEMO_DATA_H

#include <stdbool.h>

#include "core/grip.h"

#define DEMO_ORG "Quillmoor"
#define DEMO_DOMAIN "quillmoor.example"
#define DEMO_VISION \
	"Every independent repair shop runs its day from one calm screen, and its customers " \
	"never wait to hear back."
#define DEMO_STRATEGY \
	"Win the shops that fix things for a living: make booking and invoicing effortless on a " \
	"phone, grow through the shops' own customers, and earn trust with support that answers " \
	"in minutes. We say no to large chains this year."

struct demo_person {
	const char *id; /* the local part of the email */
	const char *name;
	enum grip_role role;
};

#define M GRIP_ROLE_MEMBER
/* The first is the admin grip_org_create makes. */
static const struct demo_person demo_people[] = {
	{ "maren", "Maren Holt", GRIP_ROLE_ADMIN }, { "noor", "Noor Al-Sayed", GRIP_ROLE_ADMIN },
	{ "tomas", "Tomás Ibáñez", M }, { "zoe", "Zoë Ångström", M },
	{ "ingrid", "Ingrid Solberg", M }, { "finn", "Finn Gallagher", M },
	{ "emre", "Emre Özdemir", M }, { "hana", "Hana Kobayashi", M },
	{ "lukas", "Lukas Brandt", M }, { "femi", "Oluwafemi Adeyemi", M },
	{ "ravi", "Ravi Menon", M }, { "priya", "Priya Raman", M },
	{ "soren", "Søren Kjær", M }, { "mateo", "Mateo Castillo", M },
	{ "lea", "Léa Fontaine", M }, { "yuki", "Yuki Tanaka", M },
	{ "jonas", "Jonas Weißmann", M }, { "ana", "Ana Lúcia Ferraz", M },
	{ "dorde", "Đorđe Petrović", M }, { "ruth", "Ruth Abebe", M },
	{ "kenji", "Kenji Mori", M }, { "aisha", "Aisha Bello", M },
	{ "bjorn", "Björn Åkesson", M }, { "clara", "Clara Mendes", M },
	{ "yusuf", "Yusuf Demir", M }, { "marta", "Marta Wiśniewska", M },
	{ "chloe", "Chloé Marchand", M }, { "niamh", "Niamh Ó Briain", M },
	{ "tariq", "Tariq Haddad", M }, { "mei", "Mei-Ling Zhou", M },
	{ "ilse", "Ilse de Vries", M }, { "pablo", "Pablo Núñez", M },
	{ "kwame", "Kwame Asante", M }, { "ines", "Inês Carvalho", M },
	{ "daniel", "Daniel Kowalczyk", M }, { "sofia", "Sofía Herrera", M },
	{ "sam", "Sam Whitfield", M }, { "greta", "Greta Lindqvist", GRIP_ROLE_VIEWER },
	{ "amara", "Amara Nwosu", GRIP_ROLE_VIEWER }, { "theo", "Théo Laurent", GRIP_ROLE_VIEWER },
};
#undef M

struct demo_unit {
	const char *name;
	const char *kind;
	const char *parent; /* NULL: the company */
	const char *lead;
	const char *visibility;
	const char *members[6]; /* besides the lead */
	const char *vision;
	const char *strategy;
};

#define DEMO_CIRCLE "New leads circle"

static const struct demo_unit demo_units[] = {
	{ "Product & Engineering", "business_unit", NULL, "tomas", "org", { NULL },
	  "Shops trust our app like their best tool: always there, never in the way.",
	  "Put the phone first, make the platform boringly reliable, and own payments end to end "
	  "instead of sending shops elsewhere." },
	{ "Customers & Growth", "business_unit", NULL, "zoe", "org", { "finn" },
	  "Every shop that tries Quillmoor is up and running in a week and tells a neighbour.",
	  "Guide set-up personally for the first two weeks, answer support in minutes, and reward "
	  "shops that bring other shops." },
	{ "Platform", "team", "Product & Engineering", "emre", "org",
	  { "hana", "lukas", "femi", "ravi" }, NULL, NULL },
	{ "Mobile", "team", "Product & Engineering", "priya", "org",
	  { "soren", "mateo", "lea", "yuki" }, NULL, NULL },
	{ "Payments", "team", "Product & Engineering", "jonas", "org",
	  { "ana", "dorde", "ruth", "kenji" }, NULL, NULL },
	{ "Onboarding", "team", "Customers & Growth", "aisha", "org",
	  { "bjorn", "clara", "yusuf", "marta" }, NULL, NULL },
	{ "Support", "team", "Customers & Growth", "chloe", "org",
	  { "niamh", "tariq", "mei", "ilse", "pablo" }, NULL, NULL },
	{ "Growth", "team", "Customers & Growth", "kwame", "org",
	  { "ines", "daniel", "sofia", "sam" }, NULL, NULL },
	/* Its members join when the programme starts: see demo_circle. */
	{ DEMO_CIRCLE, "group", NULL, "ingrid", "private", { NULL }, NULL, NULL },
};

enum { PREV = 1, CUR = 2, BOTH = 3 }; /* which quarters an objective is in */

struct demo_objective {
	const char *key;
	int when;
	const char *layer;
	const char *unit;   /* strategic and team */
	const char *owner;  /* individual */
	const char *parent; /* the key it aligns to, in the same quarter */
	bool development;
	const char *title;
	const char *why;
	/* How its check-ins go: progress at the end of the quarter if the pace
	 * holds, confidence at the last check-in, weeks without a check-in. */
	double pace;
	int confidence;
	int quiet_weeks;
};

#define STRAT(key, unit, parent, title, why) \
	{ key, BOTH, "strategic", unit, NULL, parent, false, title, why, 0, 0, 0 }
#define TEAM(key, when, unit, parent, title, pace, conf, quiet) \
	{ key, when, "team", unit, NULL, parent, false, title, NULL, pace, conf, quiet }
#define MINE(key, owner, parent, dev, title, pace, conf) \
	{ key, CUR, "individual", NULL, owner, parent, dev, title, NULL, pace, conf, 0 }

/* Parents come before their children. */
static const struct demo_objective demo_objectives[] = {
	STRAT("s1", DEMO_ORG, NULL, "Become the app repair shops recommend to each other",
	      "Shops choose their tools by asking other shops; word of mouth is our cheapest growth."),
	STRAT("s2", DEMO_ORG, NULL, "Make booking and invoicing effortless on a phone",
	      "Shop owners work at the bench, not at a desk."),
	STRAT("s3", DEMO_ORG, NULL, "Earn trust with help that arrives in minutes",
	      "A shop that waits for us loses a customer; trust is what keeps them with us."),
	STRAT("pe1", "Product & Engineering", "s2", "Give shops a mobile app they can run their whole day on",
	      "Most bookings are taken at the counter with greasy hands and a phone."),
	STRAT("pe2", "Product & Engineering", "s3", "Run a platform fast and reliable enough to forget about",
	      "Every outage is a day a shop goes back to paper."),
	STRAT("cg1", "Customers & Growth", "s1", "Turn new shops into active shops in their first two weeks",
	      "Shops that are active by day 14 stay with us three times as often."),
	STRAT("cg2", "Customers & Growth", "s3", "Make every support contact leave the shop happier",
	      "Support is where shops decide whether we are on their side."),

	TEAM("plat0", PREV, "Platform", "pe2", "Stop losing bookings to outages", 0.95, 8, 0),
	TEAM("mob0", PREV, "Mobile", "pe1", "Put the calendar in every shop owner's pocket", 0.8, 7, 0),
	TEAM("pay0", PREV, "Payments", "pe1", "Take card payments at the shop counter", 0.6, 5, 0),
	TEAM("onb0", PREV, "Onboarding", "cg1", "Find out why new shops stall in their first week", 1.0, 9, 0),
	TEAM("sup0", PREV, "Support", "cg2", "Stop the support queue from growing", 0.7, 6, 0),
	TEAM("gro0", PREV, "Growth", "s1", "Learn whether referrals can grow us", 0.35, 3, 0),

	TEAM("plat1", CUR, "Platform", "pe2", "Make the booking API fast enough that nobody waits", 1.0, 8, 0),
	TEAM("plat2", CUR, "Platform", "pe2", "Release changes without fear", 0.9, 7, 0),
	TEAM("mob1", CUR, "Mobile", "pe1", "Let a shop run a full day offline on the phone", 0.45, 4, 0),
	TEAM("mob2", CUR, "Mobile", "pe1", "Make the app quick to open at the counter", 1.0, 8, 3),
	TEAM("pay1", CUR, "Payments", "pe1", "Get shops paid the same day", 0.8, 6, 0),
	TEAM("pay2", CUR, "Payments", "s2", "Make invoices something customers pay without chasing", 0.3, 3, 0),
	TEAM("onb1", CUR, "Onboarding", "cg1", "Get every new shop to its first paid invoice in week one", 1.05, 9, 0),
	TEAM("onb2", CUR, "Onboarding", "cg1", "Keep the shops we win", 0.8, 5, 2),
	TEAM("sup1", CUR, "Support", "cg2", "Answer every shop in minutes, not hours", 0.95, 8, 0),
	TEAM("sup2", CUR, "Support", "cg2", "Solve each problem the first time", 0.85, 7, 0),
	TEAM("gro1", CUR, "Growth", "s1", "Make shops our loudest salespeople", 0.65, 5, 0),
	TEAM("gro2", CUR, "Growth", "cg1", "Be found by shops looking for a better way to run their day", 0.25, 2, 0),

	MINE("hana1", "hana", "plat1", false, "Lead the search index move end to end", 0.9, 7),
	MINE("hana2", "hana", "plat2", true, "Grow into a tech lead who makes the team faster", 0.85, 6),
	MINE("soren1", "soren", "mob1", false, "Make offline sync something shops never think about", 0.5, 4),
	MINE("niamh1", "niamh", "sup2", true, "Become confident coaching new support agents", 0.9, 8),
	MINE("ines1", "ines", "gro1", false, "Make a referral as easy to send as a text message", 0.8, 6),
};
#undef STRAT
#undef TEAM
#undef MINE

struct demo_kr {
	const char *objective;
	const char *title;
	const char *kind;
	double baseline;
	double target;
	const char *unit_label;
	const char *owner;
	const char *milestones[5];
};

#define MET(o, title, from, to, label, owner) { o, title, "metric", from, to, label, owner, { NULL } }
#define YES(o, title, owner) { o, title, "boolean", 0, 1, NULL, owner, { NULL } }
#define MILES(o, title, owner, ...) { o, title, "milestones", 0, 0, NULL, owner, { __VA_ARGS__ } }

static const struct demo_kr demo_krs[] = {
	MET("plat0", "Monthly uptime from 99.2 % to 99.9 %", 99.2, 99.9, "%", "emre"),
	MET("plat0", "Pages to on-call per week from 25 to 8", 25, 8, "pages", "lukas"),
	YES("plat0", "Shops can see a live status page", "ravi"),
	MET("mob0", "Weekly active app users from 800 to 2000", 800, 2000, "users", "priya"),
	MILES("mob0", "Calendar in the app", "soren", "Day view", "Week view", "Drag to reschedule"),
	MET("mob0", "App store rating from 3.6 to 4.0", 3.6, 4.0, "stars", "lea"),
	MET("pay0", "Shops taking card payments from 0 to 300", 0, 300, "shops", "jonas"),
	MET("pay0", "Disputed card payments from 1.5 % to 0.8 %", 1.5, 0.8, "%", "dorde"),
	YES("pay0", "Payment licence checks passed", "ana"),
	MET("onb0", "New shops interviewed from 0 to 30", 0, 30, "shops", "aisha"),
	MET("onb0", "Trial to paid conversion from 14 % to 18 %", 14, 18, "%", "clara"),
	YES("onb0", "Findings shared with every team", "bjorn"),
	MET("sup0", "Open tickets at the end of the week from 420 to 150", 420, 150, "tickets", "chloe"),
	MET("sup0", "Median first reply from 240 minutes to 95 minutes", 240, 95, "min", "tariq"),
	MILES("sup0", "Saved replies for the top 10 questions", "mei", "Questions ranked",
	      "First five written", "All ten written and in use"),
	MET("gro0", "Signups from referrals per month from 10 to 40", 10, 40, "signups", "kwame"),
	MET("gro0", "Shops that referred another shop from 2 % to 6 %", 2, 6, "%", "sofia"),
	YES("gro0", "Referral reward agreed with finance", "sam"),

	MET("plat1", "p95 booking API latency from 900 ms to 250 ms", 900, 250, "ms", "emre"),
	MET("plat1", "Failed booking requests from 1.2 % to 0.3 %", 1.2, 0.3, "%", "lukas"),
	MILES("plat1", "Search moved to the new index", "hana", "Index design agreed",
	      "Shadow traffic running", "Half of the shops switched", "All shops switched"),
	MET("plat2", "Median lead time for a change from 14 days to 5 days", 14, 5, "days", "femi"),
	MET("plat2", "Deploys per week from 3 to 15", 3, 15, "deploys", "ravi"),
	YES("plat2", "Every on-call engineer has rehearsed a rollback", "emre"),
	MET("mob1", "Bookings made in the app from 35 % to 60 %", 35, 60, "%", "priya"),
	MILES("mob1", "Offline mode", "soren", "Local store in place", "Sync conflicts resolved",
	      "Beta with 20 shops", "Released to every shop"),
	MET("mob1", "App store rating from 3.9 to 4.5", 3.9, 4.5, "stars", "lea"),
	MET("mob2", "Cold start time from 4.2 s to 1.5 s", 4.2, 1.5, "s", "mateo"),
	MET("mob2", "Crash-free sessions from 97.5 % to 99.5 %", 97.5, 99.5, "%", "yuki"),
	MET("mob2", "Screens that load in under 1 s from 40 % to 90 %", 40, 90, "%", "lea"),
	MET("pay1", "Payouts settled the same day from 40 % to 85 %", 40, 85, "%", "ruth"),
	MET("pay1", "Failed card payments from 4.5 % to 2 %", 4.5, 2, "%", "dorde"),
	MILES("pay1", "Card reader pairing", "kenji", "Reader vendor chosen", "Pairing in the app",
	      "Pilot with 10 shops"),
	MET("pay2", "Invoices paid within 7 days from 58 % to 80 %", 58, 80, "%", "jonas"),
	MET("pay2", "Days a shop waits for its money from 21 to 12", 21, 12, "days", "ana"),
	YES("pay2", "Customers can pay any invoice from a link", "kenji"),
	MET("onb1", "New shops with a paid invoice within 7 days from 22 % to 50 %", 22, 50, "%", "aisha"),
	MET("onb1", "Median time to first booking from 5 days to 1 day", 5, 1, "days", "clara"),
	MILES("onb1", "Guided set-up", "marta", "Interviews with 12 new shops", "Checklist in the app",
	      "Import from spreadsheets", "Set-up call offered to every shop"),
	MET("onb2", "New shops still paying after 90 days from 71 % to 85 %", 71, 85, "%", "yusuf"),
	MET("onb2", "Shops active every week after 30 days from 60 % to 78 %", 60, 78, "%", "bjorn"),
	YES("onb2", "Shops that go quiet get a personal call within 3 days", "clara"),
	MET("sup1", "Median first reply from 95 minutes to 15 minutes", 95, 15, "min", "chloe"),
	MET("sup1", "Chats answered within 1 hour from 70 % to 95 %", 70, 95, "%", "tariq"),
	YES("sup1", "Weekend cover rota running with no gaps for 4 weeks", "ilse"),
	MET("sup2", "Satisfaction after a support contact from 82 % to 92 %", 82, 92, "%", "niamh"),
	MET("sup2", "Tickets reopened from 12 % to 5 %", 12, 5, "%", "mei"),
	MILES("sup2", "Help centre rewrite", "pablo", "Top 20 questions found", "Articles rewritten",
	      "Search inside the app"),
	MET("gro1", "Signups from referrals per month from 40 to 120", 40, 120, "signups", "kwame"),
	MET("gro1", "Net promoter score from 31 to 45", 31, 45, "NPS", "sofia"),
	MILES("gro1", "Referral reward", "sam", "Reward chosen with 10 shops", "Reward in the app",
	      "First rewards paid"),
	MET("gro2", "Organic trial signups per month from 300 to 550", 300, 550, "signups", "daniel"),
	MET("gro2", "Cost per activated shop from 180 EUR to 120 EUR", 180, 120, "EUR", "kwame"),
	MILES("gro2", "Guides for 5 repair trades", "ines", "Bicycles", "Phones", "Appliances",
	      "Watches", "Musical instruments"),

	MET("hana1", "Shops on the new search index from 0 % to 100 %", 0, 100, "%", "hana"),
	MET("hana1", "Search results under 200 ms from 55 % to 95 %", 55, 95, "%", "hana"),
	MET("hana2", "Design reviews I run from 0 to 6", 0, 6, "reviews", "hana"),
	MET("hana2", "Teammates I pair with each fortnight from 1 to 4", 1, 4, "people", "hana"),
	MET("soren1", "Sync conflicts per 1000 bookings from 18 to 2", 18, 2, "conflicts", "soren"),
	YES("soren1", "Beta shops rate offline mode 4 or better", "soren"),
	MET("niamh1", "Coaching sessions held from 0 to 10", 0, 10, "sessions", "niamh"),
	MET("niamh1", "Agents who found the sessions useful from 0 % to 80 %", 0, 80, "%", "niamh"),
	MET("ines1", "Referral links sent per week from 15 to 60", 15, 60, "links", "ines"),
	MET("ines1", "Referral links that lead to a trial from 8 % to 20 %", 8, 20, "%", "ines"),
};
#undef MET
#undef YES
#undef MILES

struct demo_initiative {
	const char *objective;
	int kr; /* 1-based position of the key result it moves; 0: none */
	const char *title;
	const char *owner;
	const char *status;
	const char *link;
};

#define TRACKER "https://tracker." DEMO_DOMAIN "/"
static const struct demo_initiative demo_initiatives[] = {
	{ "pay0", 3, "Payment licence paperwork", "jonas", "done", TRACKER "PAY-88" },
	{ "plat0", 3, "Status page fed from our health checks", "ravi", "done", TRACKER "PLAT-301" },
	{ "plat1", 1, "Cache shop opening hours at the edge", "emre", "doing", TRACKER "PLAT-412" },
	{ "plat1", 1, "Profile the ten slowest booking queries", "lukas", "done", TRACKER "PLAT-415" },
	{ "plat2", 1, "Trial trunk-based development for four weeks", "femi", "doing", NULL },
	{ "mob1", 2, "Rules for settling double bookings made offline", "soren", "doing", TRACKER "MOB-77" },
	{ "pay1", 1, "Move payouts to daily settlement", "ruth", "todo", TRACKER "PAY-120" },
	{ "onb1", 3, "Import customer lists from spreadsheets", "marta", "doing", TRACKER "ONB-31" },
	{ "sup1", 3, "Weekend rota with volunteers from every team", "chloe", "done", NULL },
	{ "gro1", 1, "Referral card printed on every invoice", "sam", "todo", TRACKER "GRO-14" },
};
#undef TRACKER

struct demo_dependency {
	const char *from;
	const char *to;      /* an objective key, or NULL */
	const char *to_unit; /* or a unit */
	const char *note;
	const char *status;
};

static const struct demo_dependency demo_dependencies[] = {
	{ "mob1", "plat1", NULL, "Offline sync needs the new booking endpoints to be stable first.",
	  "agreed" },
	{ "onb1", NULL, "Payments", "Card set-up has to be a step inside the guided set-up.", "open" },
	{ "pay2", NULL, "Mobile", "Payment links need a share button in the app.", "agreed" },
	{ "gro1", "sup2", NULL, "The referral questions need help centre articles before the campaign.",
	  "open" },
};

/* The coaching circle: a 12-week programme for people new to leading. */
#define DEMO_WEEKS 12
#define DEMO_WEEKS_DONE 6 /* the programme started 6 weeks before this one */
#define DEMO_GROUP_OUTCOME \
	"Every member leaves the circle leading their people with confidence and care"
#define DEMO_GROUP_WHY \
	"New leads learn fastest alongside other new leads; the circle is where they practise."

struct demo_member {
	const char *who;
	const char *outcome; /* in the member's own words */
	const char *commits[4];
	double reliability; /* chance of a week done */
	int drop_week;      /* the week they leave in; 0: stays */
	bool shared;
	int from, to;       /* where they rate themselves on their outcome, 0 to 10 */
};

static const struct demo_member demo_circle[] = {
	{ "hana", "I give difficult feedback within a week, clearly and kindly, instead of sitting on it",
	  { "Give Lukas the feedback about review comments I have been putting off",
	    "Note one piece of feedback a day and give the hardest one by Friday",
	    "Ask Femi how I ran sprint planning and listen without defending",
	    "Rehearse Thursday's feedback conversation with Ingrid first" }, 0.7, 0, true, 3, 8 },
	{ "soren", "My team makes its own calls and I am no longer the bottleneck for decisions",
	  { "Let Mateo run Monday planning while I only take notes",
	    "Write the decision log for offline sync and share it with the team",
	    "Ask 'what would you do?' before answering any design question",
	    "Hand the release checklist to Léa and stay out of it" }, 0.6, 0, true, 4, 8 },
	{ "ana", "I can say no to work that does not serve our goals, and explain why",
	  { "Decline the reporting request from finance with a short written reason",
	    "Block two mornings for deep work and keep them free",
	    "Cancel one recurring meeting that does not serve our goals",
	    "Open every intake meeting by showing our objectives" }, 0.75, 0, false, 2, 7 },
	{ "bjorn", "People on my team find our one-to-ones worth their time",
	  { "Ask each of my four people what they want from our one-to-ones",
	    "Prepare three open questions before each one-to-one",
	    "Ask Clara and Yusuf to rate this week's one-to-one from 1 to 5",
	    "Offer a walking one-to-one to anyone who wants one" }, 0.8, 0, true, 5, 9 },
	{ "niamh", "I help agents solve problems themselves instead of solving them for them",
	  { "Answer one escalation only with questions",
	    "Run a 30-minute case review with Tariq",
	    "Pair with Mei on two hard tickets and let her drive",
	    "Write up three coaching questions that worked and bring them to the circle" }, 0.85, 0, true, 4, 8 },
	{ "daniel", "When a campaign goes wrong I stay calm and my team knows what to do next",
	  { "Write a one-page plan for what we do when a campaign underperforms",
	    "Run a 20-minute pre-mortem before Thursday's launch",
	    "Wait ten minutes before replying to any heated message",
	    "Share one lesson from a failed test at the Friday demo" }, 0.55, 0, false, 3, 7 },
	{ "yuki", "I speak up in product reviews with a clear view and the data behind it",
	  { "Prepare one point with data for Tuesday's product review",
	    "Ask one question at the all-hands",
	    "Send Priya my view on the roadmap trade-off before the meeting",
	    "Present the crash numbers myself at the review" }, 0.4, 4, true, 2, 7 },
	{ "marta", "I hand over whole problems, not tasks, and trust people to finish them",
	  { "Give Yusuf the spreadsheet import as a goal, not a list of steps",
	    "List everything I did this week that someone else could own",
	    "Agree one decision Clara makes without me",
	    "Leave delegated work alone until our Thursday catch-up" }, 0.65, 0, true, 3, 8 },
};

/* The lead writes a weekly commitment too, linked to the group outcome. */
static const struct demo_member demo_circle_lead = {
	"ingrid", NULL,
	{ "Prepare the week's session and send the reading on Monday",
	  "Talk one to one with the two members who were quiet last session",
	  "Write a short note back on every member's reflection",
	  "Book the half-way review conversations with each member" }, 0.9, 0, true, 0, 0,
};

#define DEMO_DROP_REASON \
	"Took over the incident rota and can no longer make the Thursday sessions; may join the next run."

/* Check-in texts by light: red, yellow, green. NULL: nothing said. */
static const char *const demo_issues[3][4] = {
	{ "We are behind and the main dependency slipped again.",
	  "The approach is not moving the number; we need a different bet.",
	  "Two key people were pulled into incident work.", "Scope keeps growing faster than we ship." },
	{ "Waiting on another team for an API change.",
	  "The number dipped after the last release; checking why.",
	  "Half the team was on the support rota this week.", "Customer interviews widened the scope." },
	{ NULL, "Nothing blocking.", "A flaky test slowed us on Tuesday; fixed now.",
	  "Two people off on Friday, no real impact." },
};
static const char *const demo_plans[3][3] = {
	{ "Raise the dependency at the leadership sync on Monday.",
	  "Run a short retro and pick one new bet.",
	  "Drop the nice-to-haves and put everyone on the first key result." },
	{ "Cut scope to the part that moves the key result most.",
	  "Pair with the other team to unblock it by Thursday.", "Re-check the baseline with fresh data." },
	{ "Keep going; the next slice ships on Wednesday.", "Start on the last milestone.",
	  "Share what worked at the bi-weekly review." },
};
static const char *const demo_notes[6] = {
	"from the weekly dashboard", "estimate; the export is late", NULL,
	"one large shop skews this week", "measured over the last 7 days", NULL,
};

/* Reflections on a closed week: done, partial, missed. */
static const char *const demo_reflections[3][4] = {
	{ "Done, and it was easier than I feared.", "Did it on Tuesday; the team noticed.",
	  "Done. I want this to become how I work.", "Done, though I rushed the end of it." },
	{ "Started, then ran out of week; finishing on Monday.", "Half done: an incident took Thursday.",
	  "Did it once, not as often as I meant to.", "Got halfway and lost my nerve; trying again." },
	{ "Did not happen; urgent work crowded it out.", "Missed it, I was off sick for two days.",
	  "Skipped it. I need a smaller step next week.", "Forgot until Friday evening." },
};

#endif
