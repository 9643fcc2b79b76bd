package fr.ricochet.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ricochet.check.Finding;
import fr.ricochet.engine.Advisor;
import fr.ricochet.report.Report;
import fr.ricochet.report.ReportJson;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.request.FieldError;
import fr.ricochet.request.Fields;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.score.TipScore;
import fr.ricochet.workshop.WorkshopException.Reason;
import java.io.OutputStream;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Workshop mode: what trainers and participants can do, each action checked against the token that allows it.
 * The trainer token allows everything on its workshop; a participant token allows reading one's own submissions and
 * submitting; the join code alone allows only joining. The service keeps no state: everything is read from the
 * store on each call, so any number of servers can share one database. Draft texts are never logged.
 */
public final class WorkshopService {

    /** The fields a participant's draft may carry; the rest comes from the workshop. */
    static final Set<String> DRAFT_FIELDS = Set.of("text", "media");
    private static final int CODE_ATTEMPTS = 20;
    /** The check kinds that read the planned time and the audience (see {@link #trainerSet}). */
    private static final Set<String> TRAINER_SET_KINDS = Set.of("timing");

    private final WorkshopStore store;
    private final Advisor advisor;
    private final WorkshopReader reader;
    private final WorkshopLimits limits;
    private final Clock clock;
    private final Function<AnalysisRequest, Report> analysis;
    private final IdempotentCalls idempotent;
    private final Set<String> trainerSetTips;

    /**
     * @param analysis runs one analysis; the server passes its pool (bounded queue, deadline, timing), so only the
     *                 analysis, never a database write, waits there
     */
    public WorkshopService(WorkshopStore store, Advisor advisor, WorkshopLimits limits, Clock clock,
            Function<AnalysisRequest, Report> analysis) {
        this.store = store;
        this.advisor = advisor;
        this.reader = new WorkshopReader(advisor.rules().networkIds());
        this.limits = limits;
        this.clock = clock;
        this.analysis = analysis;
        this.idempotent = new IdempotentCalls(store, this::now);
        this.trainerSetTips = advisor.rules().tips().stream().filter(t -> TRAINER_SET_KINDS.contains(t.kind()))
                .map(TipSpec::id).collect(Collectors.toUnmodifiableSet());
    }

    /** Analyses on the caller's thread. */
    public WorkshopService(WorkshopStore store, Advisor advisor, WorkshopLimits limits, Clock clock) {
        this(store, advisor, limits, clock, advisor::analyze);
    }

    public WorkshopService(WorkshopStore store, Advisor advisor) {
        this(store, advisor, WorkshopLimits.fromEnv(), Clock.systemUTC());
    }

    /**
     * Creates a workshop from the trainer's JSON ({@code title}, {@code brief}, {@code networks}, {@code audience},
     * {@code startingPost}, {@code plannedAt}, {@code timeZone}).
     *
     * @throws InvalidRequestException naming every field at fault
     */
    public CreatedWorkshop create(JsonNode json) {
        return insertWorkshop(json, KeyHold.NONE, created -> null).value();
    }

    /**
     * Creates a workshop as {@link #create(JsonNode)} does, answering with {@code answer}'s rendering of it; with a
     * key, a retry gets the first answer and creates nothing.
     *
     * @throws IdempotencyConflict when the key was used for another request, or its first request still runs
     */
    public Answered create(JsonNode json, Optional<IdempotentRequest> key, Function<CreatedWorkshop, Answer> answer) {
        return idempotent.run(key, null, hold -> insertWorkshop(json, hold, answer).answer());
    }

    private Done<CreatedWorkshop> insertWorkshop(JsonNode json, KeyHold hold,
            Function<CreatedWorkshop, Answer> render) {
        WorkshopSettings settings = reader.settings(json);
        Instant now = now();
        String id = UUID.randomUUID().toString();
        Tokens.Issued token = Tokens.issue(id);
        AnswerKeeper<Workshop> keeper = hold.keeper(w -> render.apply(new CreatedWorkshop(w, token.token())));
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            Workshop workshop = new Workshop(id, JoinCodes.next(), settings, limits.maxParticipants(), now,
                    now.plus(limits.lifetime()), null);
            if (store.insertWorkshop(workshop, token.hash(), keeper)) {
                return new Done<>(new CreatedWorkshop(workshop, token.token()), keeper.answer());
            }
        }
        // 31^6 codes: this only happens if the table is nearly full or the random source is broken.
        throw new IllegalStateException("no free join code after " + CODE_ATTEMPTS + " attempts");
    }

    /** The workshop a join code opens, to show its title and brief before joining. */
    public Workshop findByJoinCode(String joinCode) {
        return store.workshopByJoinCode(JoinCodes.normalize(joinCode))
                .filter(w -> !w.isExpired(now()))
                .orElseThrow(() -> new WorkshopException(Reason.UNKNOWN_CODE));
    }

    /**
     * Admits a participant under a pseudonym.
     *
     * @throws InvalidRequestException when the pseudonym is empty, too long or has control characters
     * @throws WorkshopException {@code UNKNOWN_CODE}, {@code CLOSED}, {@code FULL} or {@code PSEUDONYM_TAKEN}
     */
    public Joined join(String joinCode, String pseudonym) {
        WorkshopReader.pseudonym(pseudonym); // a bad pseudonym is said before an unknown code
        return admit(findByJoinCode(joinCode), pseudonym, KeyHold.NONE, joined -> null).value();
    }

    /**
     * Admits a participant as {@link #join(String, String)} does, answering with {@code answer}'s rendering; with a
     * key, a retry gets the first answer (the same participant token) and admits nobody more.
     *
     * @throws IdempotencyConflict when the key was used for another request, or its first request still runs
     */
    public Answered join(String joinCode, String pseudonym, Optional<IdempotentRequest> key,
            Function<Joined, Answer> answer) {
        Workshop workshop = findByJoinCode(joinCode);
        return idempotent.run(key, workshop.id(), hold -> admit(workshop, pseudonym, hold, answer).answer());
    }

    private Done<Joined> admit(Workshop workshop, String pseudonym, KeyHold hold, Function<Joined, Answer> render) {
        String checked = WorkshopReader.pseudonym(pseudonym);
        String id = UUID.randomUUID().toString();
        Tokens.Issued token = Tokens.issue(id);
        AnswerKeeper<Participant> keeper = hold.keeper(p -> render.apply(new Joined(workshop, p, token.token())));
        Participant participant = store.insertParticipant(new Participant(id, workshop.id(), checked, now()),
                WorkshopReader.pseudonymKey(checked), token.hash(), keeper);
        return new Done<>(new Joined(workshop, participant, token.token()), keeper.answer());
    }

    /**
     * Analyses a participant's draft ({@code {"text": "...", "media": [...]}}) for the workshop's networks,
     * audience and planned time, and stores it. When this returns, the submission is durable.
     *
     * @throws InvalidRequestException naming every field at fault, with the limits of an analysis request
     * @throws WorkshopException {@code ACCESS_DENIED} or {@code CLOSED}
     */
    public SubmissionResult submit(String participantToken, JsonNode draft) {
        return analyseAndStore(participant(participantToken), draft, KeyHold.NONE, result -> null).value();
    }

    /**
     * Submits as {@link #submit(String, JsonNode)} does, answering with {@code answer}'s rendering; with a key, a
     * retry gets the first answer (even once the workshop is closed) and stores nothing more.
     *
     * @throws IdempotencyConflict when the key was used for another request, or its first request still runs
     */
    public Answered submit(String participantToken, JsonNode draft, Optional<IdempotentRequest> key,
            Function<SubmissionResult, Answer> answer) {
        Access access = participant(participantToken);
        return idempotent.run(key, access.workshop().id(), hold -> analyseAndStore(access, draft, hold, answer)
                .answer());
    }

    private Done<SubmissionResult> analyseAndStore(Access access, JsonNode draft, KeyHold hold,
            Function<SubmissionResult, Answer> render) {
        Workshop workshop = access.workshop();
        if (workshop.isClosed()) {
            throw new WorkshopException(Reason.CLOSED);
        }
        AnalysisRequest request = advisor.reader().read(requestFor(workshop, draft, false));
        Report report = analysis.apply(request);
        List<TipScore> tips = new ArrayList<>(report.tips().stream().map(WorkshopService::stored).toList());
        List<Finding> findings = new ArrayList<>(report.findings());
        if (workshop.settings().plannedAt() != null) {
            // The planned time's advice, stored beside the score but not in it: see trainerSet.
            Report planned = analysis.apply(advisor.reader().read(requestFor(workshop, draft, true)));
            tips.removeIf(t -> trainerSet(t.id()));
            findings.removeIf(f -> trainerSet(f.rule()));
            planned.tips().stream().filter(t -> trainerSet(t.id())).map(WorkshopService::stored).forEach(tips::add);
            // Zero points: shown to the participant, they cost them nothing.
            planned.findings().stream().filter(f -> trainerSet(f.rule())).map(f -> f.withPoints(0))
                    .forEach(findings::add);
        }
        Submission submission = new Submission(0, workshop.id(), access.participant().id(), request.text(),
                request.media(), now(), report.score(), report.language().code().code(), tips, findings);
        AnswerKeeper<Submission> keeper = hold.keeper(stored -> render.apply(new SubmissionResult(stored, report)));
        return new Done<>(new SubmissionResult(store.insertSubmission(submission, keeper), report), keeper.answer());
    }

    /**
     * Analyses a participant's draft as {@link #submit} would, without storing it: what a participant sees
     * while still working on a draft.
     *
     * @throws InvalidRequestException naming every field at fault
     * @throws WorkshopException {@code ACCESS_DENIED}
     */
    public Report preview(String participantToken, JsonNode draft) {
        Workshop workshop = participant(participantToken).workshop();
        return analysis.apply(advisor.reader().read(requestFor(workshop, draft, false)));
    }

    /**
     * Whether a tip judges only what the trainer set (the planned time, and the audience whose hours it reads): the
     * timing tips. A participant cannot change either, so such a tip is left out of their score: their draft is
     * scored without the planned time, as the editor scores it live, and the planned time's advice is analysed
     * apart, stored with the submission for everyone to read and counted on the trainer's own line of the
     * dashboard. Decided here, by tip kind, because which criteria a participant owns is the workshop's rule, not
     * the engine's: the same draft outside a workshop is still judged on its time.
     */
    public boolean trainerSet(String tipId) {
        return trainerSetTips.contains(tipId);
    }

    /** The store keeps each tip's score and weight; the breakdown's points are the report's alone. */
    private static TipScore stored(TipScore tip) {
        return new TipScore(tip.id(), tip.score(), tip.weight());
    }

    /** The workshop a participant token belongs to, to check it against the code a request names. */
    public Workshop participantWorkshop(String participantToken) {
        return participant(participantToken).workshop();
    }

    /** A participant's own submissions, best score and progress. */
    public ParticipantProgress progress(String participantToken) {
        Access access = participant(participantToken);
        return new ParticipantProgress(access.workshop(), access.participant(),
                store.submissionsOf(access.participant().id()));
    }

    /** The workshop the trainer token opens. */
    public Workshop workshop(String trainerToken) {
        return trainer(trainerToken);
    }

    /**
     * Whether a trainer token names this workshop, read from the token alone: the call it comes with proves the
     * token's secret against the store, so the HTTP layer need not prove it twice.
     */
    public boolean namesWorkshop(String trainerToken, Workshop workshop) {
        return Tokens.parse(trainerToken).map(presented -> presented.ownerId().equals(workshop.id())).orElse(false);
    }

    public Dashboard dashboard(String trainerToken) {
        Workshop workshop = trainer(trainerToken);
        return DashboardBuilder.build(workshop, store.participants(workshop.id()),
                store.submissionsOfWorkshop(workshop.id()), this::trainerSet);
    }

    /** Two submissions of the trainer's workshop side by side, with their findings. */
    public SubmissionPair compare(String trainerToken, long leftId, long rightId) {
        Workshop workshop = trainer(trainerToken);
        return new SubmissionPair(side(workshop, leftId), side(workshop, rightId));
    }

    /**
     * Every submission as CSV, one column per tip, cells neutralised against formula injection.
     *
     * @param language the labels' language ({@code fr} or {@code en}), which also picks the CSV's separators
     */
    public String exportCsv(String trainerToken, String language) {
        StringWriter out = new StringWriter();
        WorkshopExport.csv(exportTable(trainerToken, language), out);
        return out.toString();
    }

    /** The same rows as the CSV in an XLSX workbook, typed, with a sheet summing up each tip. */
    public void exportXlsx(String trainerToken, String language, OutputStream out) {
        WorkshopXlsx.write(exportTable(trainerToken, language), out);
    }

    private ExportTable exportTable(String trainerToken, String language) {
        Workshop workshop = trainer(trainerToken);
        return ExportTable.of(workshop, store.participants(workshop.id()), store.submissionsOfWorkshop(workshop.id()),
                advisor.rules().tips(), language);
    }

    /** The workshop, its participants and every submission with tips and findings, as one JSON document. */
    public String exportJson(String trainerToken) {
        Workshop workshop = trainer(trainerToken);
        return WorkshopExport.json(workshop, store.participants(workshop.id()),
                store.submissionsOfWorkshop(workshop.id()));
    }

    /** Stops submissions and joins; results stay visible. Closing twice keeps the first closing time. */
    public Workshop close(String trainerToken) {
        Workshop workshop = trainer(trainerToken);
        store.closeWorkshop(workshop.id(), now());
        return store.workshop(workshop.id()).orElseThrow(() -> new WorkshopException(Reason.ACCESS_DENIED));
    }

    /** Deletes the workshop and all its data at once; the trainer token opens nothing afterwards. */
    public void delete(String trainerToken) {
        store.deleteWorkshop(trainer(trainerToken).id());
    }

    /**
     * Deletes the workshops past their lifetime with all their data; returns how many. Expired workshops are already
     * refused before this runs; the HTTP layer should call it on start and then periodically (hourly is plenty).
     */
    public int purgeExpired() {
        return store.purgeExpired(now());
    }

    private record Access(Workshop workshop, Participant participant) {
    }

    /** What a write stored, and the answer built for it (null when the caller asked for none). */
    private record Done<T>(T value, Answer answer) {
    }

    private Workshop trainer(String token) {
        Tokens.Presented presented = Tokens.parse(token)
                .orElseThrow(() -> new WorkshopException(Reason.ACCESS_DENIED));
        Optional<byte[]> hash = store.trainerTokenHash(presented.ownerId());
        if (hash.isEmpty() || !Tokens.matches(presented.secret(), hash.get())) {
            throw new WorkshopException(Reason.ACCESS_DENIED);
        }
        return live(store.workshop(presented.ownerId()));
    }

    private Access participant(String token) {
        Tokens.Presented presented = Tokens.parse(token)
                .orElseThrow(() -> new WorkshopException(Reason.ACCESS_DENIED));
        Optional<byte[]> hash = store.participantTokenHash(presented.ownerId());
        if (hash.isEmpty() || !Tokens.matches(presented.secret(), hash.get())) {
            throw new WorkshopException(Reason.ACCESS_DENIED);
        }
        Participant participant = store.participant(presented.ownerId())
                .orElseThrow(() -> new WorkshopException(Reason.ACCESS_DENIED));
        return new Access(live(store.workshop(participant.workshopId())), participant);
    }

    /** An expired workshop is as good as deleted, even before the purge removes it. */
    private Workshop live(Optional<Workshop> workshop) {
        return workshop.filter(w -> !w.isExpired(now()))
                .orElseThrow(() -> new WorkshopException(Reason.ACCESS_DENIED));
    }

    private SubmissionPair.Side side(Workshop workshop, long submissionId) {
        Submission submission = store.submission(submissionId)
                .filter(s -> s.workshopId().equals(workshop.id()))
                .orElseThrow(() -> new WorkshopException(Reason.UNKNOWN_SUBMISSION));
        String pseudonym = store.participant(submission.participantId()).map(Participant::pseudonym).orElse("");
        return new SubmissionPair.Side(pseudonym, submission);
    }

    /**
     * The analysis request for a draft: text and media from the participant, the rest from the workshop, so that
     * everyone is judged on the same networks and audience; the planned time only when asked (see trainerSet). The engine's reader then applies its own limits.
     */
    private static JsonNode requestFor(Workshop workshop, JsonNode draft, boolean withPlannedTime) {
        if (draft == null || !draft.isObject()) {
            throw new InvalidRequestException(List.of(new FieldError("", "the draft must be a JSON object with a "
                    + "\"text\" field", "le brouillon doit être un objet JSON avec un champ \"text\"")));
        }
        List<FieldError> errors = new ArrayList<>();
        Fields.unknown(draft, DRAFT_FIELDS, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        WorkshopSettings settings = workshop.settings();
        ObjectNode request = ReportJson.mapper().createObjectNode();
        request.set("text", draft.get("text"));
        if (draft.has("media")) {
            request.set("media", draft.get("media"));
        }
        settings.networks().forEach(request.putArray("networks")::add);
        request.put("audience", settings.audience());
        request.put("timeZone", settings.timeZone());
        if (withPlannedTime && settings.plannedAt() != null) {
            request.put("scheduledAt", settings.plannedAt().atZone(ZoneId.of(settings.timeZone()))
                    .toOffsetDateTime().toString());
            // Only the timing tips of this analysis are kept: LanguageTool would read the draft a second time for nothing.
            request.put("grammar", false);
        }
        return request;
    }

    /** Both databases keep microseconds: truncating here makes what is returned equal to what is read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
