package dev.huiju.documents.approval;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.huiju.documents.document.Document;
import dev.huiju.service.support.DomainException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Runs the ordered approval steps of a document. Consecutive countersign steps share one position and are
 * pending together; every other step waits for the position before it. The last step is the sign-off.
 */
@Component
public class ApprovalFlow {

	/** More steps than this is a mistake in the input, not an approval route. */
	static final int MAX_STEPS = 20;

	private final ApprovalStepRepository steps;

	private final DelegationRepository delegations;

	ApprovalFlow(ApprovalStepRepository steps, DelegationRepository delegations) {
		this.steps = steps;
		this.delegations = delegations;
	}

	/** Validates a route without touching the database, so a bad route changes nothing. */
	public static void validate(List<StepRequest> route) {
		if (route == null || route.isEmpty()) {
			throw DomainException.badInput("steps", "an approval route needs at least one step");
		}
		if (route.size() > MAX_STEPS) {
			throw DomainException.badInput("steps", "an approval route has at most " + MAX_STEPS + " steps");
		}
		for (StepRequest step : route) {
			if (step == null || step.kind() == null || step.assigneeId() == null || step.assigneeId().isBlank()) {
				throw DomainException.badInput("steps", "every step needs a kind and an assignee");
			}
		}
		long signOffs = route.stream().filter(s -> s.kind() == StepKind.SIGN_OFF).count();
		if (signOffs != 1 || route.get(route.size() - 1).kind() != StepKind.SIGN_OFF) {
			throw DomainException.badInput("steps", "the route must end with exactly one SIGN_OFF step");
		}
	}

	/** Starts a new round of approval; the caller has checked the document's state and validated the route. */
	public Mono<Void> start(Document document, List<StepRequest> route) {
		return currentRound(document.id()).flatMap(previous -> {
			int round = previous + 1;
			List<ApprovalStep> created = new ArrayList<>();
			int position = 0;
			StepKind before = null;
			for (StepRequest step : route) {
				boolean joinsCountersign = step.kind() == StepKind.COUNTERSIGN && before == StepKind.COUNTERSIGN;
				if (!joinsCountersign) {
					position++;
				}
				StepStatus status = (position == 1) ? StepStatus.PENDING : StepStatus.WAITING;
				created.add(new ApprovalStep(null, document.id(), round, position, step.kind(), step.assigneeId().trim(),
						status, null, null, null, null));
				before = step.kind();
			}
			return this.steps.saveAll(created).then();
		});
	}

	/**
	 * Records the actor's decision on their pending step, or on a pending step of someone who delegated to
	 * them. Answers whether the route is now complete (all approved), rejected, or still running.
	 */
	public Mono<Outcome> decide(Document document, String actor, boolean approve, String opinion,
			OffsetDateTime now) {
		if (!approve && (opinion == null || opinion.isBlank())) {
			return Mono.error(DomainException.badInput("opinion", "a rejection needs an opinion"));
		}
		return currentRound(document.id())
			.flatMapMany(round -> this.steps.findByDocumentIdAndRoundOrderByPositionAscIdAsc(document.id(), round))
			.collectList()
			.flatMap(round -> pickStep(round, actor, now).flatMap(picked -> {
				ApprovalStep step = picked.step();
				StepStatus decision = approve ? StepStatus.APPROVED : StepStatus.REJECTED;
				ApprovalStep decided = step.decided(decision, opinion, actor, picked.onBehalfOf(), now);
				List<ApprovalStep> changed = new ArrayList<>();
				changed.add(decided);
				Outcome outcome;
				if (!approve) {
					round.stream().filter(s -> !s.id().equals(step.id()) && isOpen(s))
						.forEach(s -> changed.add(s.withStatus(StepStatus.CANCELLED)));
					outcome = Outcome.REJECTED;
				}
				else {
					boolean positionDone = round.stream()
						.filter(s -> s.position() == step.position() && !s.id().equals(step.id()))
						.allMatch(s -> s.status() == StepStatus.APPROVED);
					if (!positionDone) {
						outcome = Outcome.RUNNING;
					}
					else {
						int nextPosition = round.stream().map(ApprovalStep::position)
							.filter(p -> p > step.position()).min(Comparator.naturalOrder()).orElse(-1);
						if (nextPosition < 0) {
							outcome = Outcome.APPROVED;
						}
						else {
							round.stream().filter(s -> s.position() == nextPosition)
								.forEach(s -> changed.add(s.withStatus(StepStatus.PENDING)));
							outcome = Outcome.RUNNING;
						}
					}
				}
				return this.steps.saveAll(changed).then(Mono.just(outcome));
			}));
	}

	/** Cancels the steps still open in the current round, when the drafter withdraws the document. */
	public Mono<Void> cancelOpen(Document document) {
		return currentRound(document.id())
			.flatMapMany(round -> this.steps.findByDocumentIdAndRoundOrderByPositionAscIdAsc(document.id(), round))
			.filter(ApprovalFlow::isOpen)
			.map(s -> s.withStatus(StepStatus.CANCELLED))
			.collectList()
			.flatMap(open -> this.steps.saveAll(open).then());
	}

	private Mono<Picked> pickStep(List<ApprovalStep> round, String actor, OffsetDateTime now) {
		List<ApprovalStep> pending = round.stream().filter(s -> s.status() == StepStatus.PENDING).toList();
		for (ApprovalStep step : pending) {
			if (step.assigneeId().equals(actor)) {
				return Mono.just(new Picked(step, null));
			}
		}
		return Flux.fromIterable(pending)
			.concatMap(step -> this.delegations.findByDelegateIdAndPrincipalId(actor, step.assigneeId())
				.filter(d -> d.activeAt(now))
				.next()
				.map(d -> new Picked(step, step.assigneeId())))
			.next()
			.switchIfEmpty(Mono.error(() -> DomainException.denied(
					"you have no pending approval step on this document, in your own name or by a current delegation")));
	}

	private Mono<Integer> currentRound(Long documentId) {
		return this.steps.findByDocumentIdInOrderByDocumentIdAscRoundAscPositionAscIdAsc(List.of(documentId))
			.map(ApprovalStep::round)
			.reduce(0, Math::max);
	}

	private static boolean isOpen(ApprovalStep step) {
		return step.status() == StepStatus.PENDING || step.status() == StepStatus.WAITING;
	}

	/** Where the route stands after a decision. */
	public enum Outcome {

		RUNNING, APPROVED, REJECTED

	}

	private record Picked(ApprovalStep step, String onBehalfOf) {
	}

}
