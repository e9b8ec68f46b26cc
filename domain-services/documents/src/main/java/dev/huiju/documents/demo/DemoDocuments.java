package dev.huiju.documents.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.huiju.access.ChannelClient;
import dev.huiju.access.TokenIdentity;

import dev.huiju.documents.approval.StepKind;
import dev.huiju.documents.approval.StepRequest;
import dev.huiju.documents.document.Classification;
import dev.huiju.documents.document.DocumentKind;
import dev.huiju.documents.document.DocumentRepository;
import dev.huiju.documents.document.DocumentView;
import dev.huiju.documents.document.Urgency;
import dev.huiju.documents.lifecycle.DocumentLifecycle;
import dev.huiju.documents.lifecycle.Requests;
import dev.huiju.documents.people.Participant;
import dev.huiju.service.support.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seeds an empty database with demo documents spread over departments and every state, driven through
 * {@link DocumentLifecycle} so that steps, revisions and recipients agree with the status. The people are
 * those of the directory's demo organisation.
 */
@Component
@Profile("demo")
class DemoDocuments implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

	private static final List<Desk> DESKS = List.of(new Desk("dept-office", "zhang.wei", "li.na"),
			new Desk("dept-office", "staff.01", "li.na"), new Desk("dept-office", "staff.02", "li.na"),
			new Desk("dept-finance", "liu.yang", "wang.fang"), new Desk("dept-finance", "staff.03", "wang.fang"),
			new Desk("dept-civil", "staff.05", "li.na"), new Desk("dept-civil", "staff.06", "wang.fang"),
			new Desk("dept-east-office", "staff.07", "li.na"), new Desk("dept-west-office", "staff.09", "wang.fang"),
			new Desk("dept-riverside", "staff.11", "li.na"));

	private static final List<String> TOPICS = List.of("年度预算编制", "安全生产检查", "防汛工作部署", "长者食堂运营",
			"会议室管理办法", "信息化项目验收", "养老服务补贴发放", "节假日值班安排", "公文处理规范", "政务公开工作",
			"干部培训计划", "办公用房调整");

	private static final String LEADER = "chen.jie";

	private final DocumentLifecycle lifecycle;

	private final DocumentRepository documents;

	private final Clock clock;

	private final int count;

	DemoDocuments(DocumentLifecycle lifecycle, DocumentRepository documents, Clock clock,
			@Value("${huiju.demo.documents:220}") int count) {
		this.lifecycle = lifecycle;
		this.documents = documents;
		this.clock = clock;
		this.count = count;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long existing = this.documents.count().block();
		if (existing != null && existing > 0) {
			log.info("demo documents: {} documents already stored, nothing seeded", existing);
			return;
		}
		Random random = new Random(42);
		Flux.range(0, this.count).concatMap(i -> seed(i, random)).then().block();
		log.info("demo documents: seeded {}", this.count);
	}

	private Mono<DocumentView> seed(int i, Random random) {
		Desk desk = DESKS.get(i % DESKS.size());
		String topic = TOPICS.get(random.nextInt(TOPICS.size()));
		Classification classification = Classification.values()[random.nextInt(Classification.values().length)];
		Urgency urgency = Urgency.values()[random.nextInt(Urgency.values().length)];
		LocalDate due = LocalDate.now(this.clock).plusDays(random.nextInt(40) - 15);
		// Who handles a document depends on its level: nobody drafts, approves or receives above their clearance.
		String drafter = switch (classification) {
			case PUBLIC, INTERNAL -> desk.clerk();
			case SECRET -> desk.approver();
			case CONFIDENTIAL -> LEADER;
		};
		String reviewer = (classification == Classification.SECRET) ? otherApprover(desk.approver()) : desk.approver();
		if (i % 10 == 9) {
			List<String> recipients = switch (classification) {
				case PUBLIC, INTERNAL -> List.of(desk.clerk(), desk.approver());
				case SECRET -> List.of(desk.approver(), otherApprover(desk.approver()));
				case CONFIDENTIAL -> List.of(LEADER);
			};
			var incoming = new Requests.RegisterIncoming("关于" + topic + "的来文", "来文正文：" + topic + "。",
					"上级〔" + due.getYear() + "〕" + (100 + i) + "号", "省人民政府办公厅", classification, urgency,
					desk.department(), due, recipients);
			return this.lifecycle.registerIncoming(actor(drafter), incoming, PEOPLE);
		}
		DocumentKind kind = (i % 7 == 3) ? DocumentKind.BRIEFING : (i % 7 == 5) ? DocumentKind.MEMO : DocumentKind.OUTGOING;
		var draft = new Requests.Draft(kind, "关于" + topic + "的通知（第" + (i + 1) + "号）",
				"各单位：现就" + topic + "有关事项通知如下。", classification, urgency, desk.department(), due);
		List<StepRequest> route = List.of(new StepRequest(StepKind.REVIEW, reviewer),
				new StepRequest(StepKind.SIGN_OFF, LEADER));
		// Only the leader may read a confidential document, and nobody approves their own: it stays a draft.
		int stage = (classification == Classification.CONFIDENTIAL) ? 0 : i % 8;
		Mono<DocumentView> doc = this.lifecycle.draft(actor(drafter), draft);
		if (stage == 0) {
			return doc;
		}
		doc = doc.flatMap(d -> this.lifecycle.submit(actor(drafter), d.id(), new Requests.Submit(route), PEOPLE));
		List<String> recipients = (classification == Classification.SECRET) ? List.of(reviewer)
				: List.of(desk.approver(), "staff.12");
		return switch (stage) {
			case 1 -> doc;
			case 2 -> doc.flatMap(d -> decide(reviewer, d, true, "同意"));
			case 3 -> doc.flatMap(d -> decide(reviewer, d, false, "请补充依据后重新报送"));
			case 4 -> doc.flatMap(d -> this.lifecycle.withdraw(actor(drafter), d.id()));
			default -> {
				Mono<DocumentView> approved = doc.flatMap(d -> decide(reviewer, d, true, "同意"))
					.flatMap(d -> decide(LEADER, d, true, "同意印发"));
				if (stage == 5) {
					yield approved;
				}
				Mono<DocumentView> issued = approved.flatMap(d -> this.lifecycle.issue(actor(drafter), d.id(),
						new Requests.Issue(null, recipients), PEOPLE));
				yield (stage == 6) ? issued : issued.flatMap(d -> this.lifecycle.archive(actor(drafter), d.id()));
			}
		};
	}

	private Mono<DocumentView> decide(String who, DocumentView d, boolean approve, String opinion) {
		return this.lifecycle.decide(actor(who), d.id(), new Requests.Decision(approve, opinion));
	}

	private static String otherApprover(String approver) {
		return approver.equals("li.na") ? "wang.fang" : "li.na";
	}

	/** A demo person acting on the portal, as their token would say, for the seeding the service does itself. */
	private static Actor actor(String person) {
		Participant participant = PEOPLE.get(person);
		return Actor.seeding(new TokenIdentity(person, ChannelClient.WEB_PORTAL.clientId(), ChannelClient.WEB_PORTAL,
				Set.of(person.equals(LEADER) ? "LEADER" : "CLERK"), Set.of(), participant.clearance().level(), "city",
				"CITY", null, "demo"));
	}

	/** The directory's demo people who handle documents here, with their clearance (its migration V4). */
	private static final Map<String, Participant> PEOPLE = Map.ofEntries(
			person("zhang.wei", Classification.INTERNAL), person("liu.yang", Classification.INTERNAL),
			person("li.na", Classification.SECRET), person("wang.fang", Classification.SECRET),
			person("chen.jie", Classification.CONFIDENTIAL), person("staff.01", Classification.INTERNAL),
			person("staff.02", Classification.INTERNAL), person("staff.03", Classification.INTERNAL),
			person("staff.05", Classification.INTERNAL), person("staff.06", Classification.INTERNAL),
			person("staff.07", Classification.INTERNAL), person("staff.09", Classification.INTERNAL),
			person("staff.11", Classification.INTERNAL), person("staff.12", Classification.INTERNAL));

	private static Map.Entry<String, Participant> person(String id, Classification clearance) {
		return Map.entry(id, new Participant(id, clearance));
	}

	private record Desk(String department, String clerk, String approver) {
	}

}
