package it.cassetto.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cassetto.appointment.internal.AppointmentReminders;
import it.cassetto.demo.DemoDataGenerator;
import it.cassetto.demo.DemoDataLoader;
import it.cassetto.demo.DemoFacts;
import it.cassetto.request.NewRequest;
import it.cassetto.request.RequestService;
import it.cassetto.shared.persistence.CassettoDataSource;
import it.cassetto.shared.security.AccessDeniedException;
import it.cassetto.shared.security.Role;
import it.cassetto.testing.CatcherClient;
import it.cassetto.testing.Deployments;
import it.cassetto.testing.TestCaller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The appointment services on the real stack with the demo data: booking from a request closed "non accolta"
 * with the confirmation (ICS file) read from the mail catcher, refusals for requests that do not qualify and
 * for other users, cancellations by the user and by the office, the office's own-office checks, reminders,
 * and the last place of a slot wanted by 100 users at once.
 */
@ExtendWith(ArquillianExtension.class)
class AppointmentServicesIT {

    /** An office no journey books at, whose calendar these tests set. */
    static final long OFFICE_NAPOLI = 3;

    @Deployment
    static WebArchive deployment() {
        File[] libraries = Maven.resolver().loadPomFromFile("pom.xml")
                .resolve("org.apache.tika:tika-core", "de.focus-shift:jollyday-jackson",
                        "com.fasterxml.jackson.dataformat:jackson-dataformat-xml",
                        "io.github.openhtmltopdf:openhtmltopdf-pdfbox")
                .withTransitivity().asFile();
        return Deployments.kernel("appointments")
                .addPackages(false, "it.cassetto.request", "it.cassetto.request.internal", "it.cassetto.calendar",
                        "it.cassetto.demo", "it.cassetto.demo.internal")
                .addPackages(true, Filters.exclude(".*/ui/.*"), "it.cassetto.appointment")
                .addClass(CatcherClient.class)
                .addAsLibraries(libraries);
    }

    @Inject
    TestCaller caller;

    @Inject
    AppointmentService appointments;

    @Inject
    OfficeAppointmentService office;

    @Inject
    RequestService requests;

    @Inject
    AppointmentReminders reminders;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Resource(lookup = CassettoDataSource.JNDI_NAME)
    DataSource dataSource;

    final CatcherClient catcher = new CatcherClient();
    static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @BeforeEach
    void loadTheDemoDataOnce() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            DemoDataLoader.loadSmallIfEmpty(connection, DemoDataGenerator.DEFAULT_SEED);
        }
    }

    void asIntermediario() {
        caller.actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
    }

    void asOperatore() {
        caller.actAs("operatore", DemoFacts.OPERATORE, Role.OPERATOR);
    }

    void asOperatore2() {
        caller.actAs("operatore2", DemoFacts.OPERATORE2, Role.OPERATOR);
    }

    /**
     * A request like the demo's closed "non accolta" on Panificio Esposito, with its own contacts, on Ferramenta
     * Colombo (also delegated to intermediario with SEND; read only for collaboratore), so that the journeys
     * find the demo's request alone on Panificio Esposito.
     */
    long rejectedRequest(String email, String mobile) throws Exception {
        return copyOfDemoRequest("REJECTED", email, mobile, 20);
    }

    long copyOfDemoRequest(String outcome, String email, String mobile, int daysAgo) throws Exception {
        String protocol = "T." + UNIQUE.incrementAndGet();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO service_request (protocol,"
                     + " position_id, office_id, contributor_id, position_identifier, holder_name, subject_id,"
                     + " subject_code, class_code, status,"
                     + " is_open, awaiting_user, outcome, body, email, mobile_phone, consent_email, consent_sms, opened_by,"
                     + " opened_by_name, opened_at, opened_on, due_on, queue_due, updated_at, updated_on, closed_at)"
                     + " SELECT ?, p.id, p.office_id, p.contributor_id, p.matricola, p.holder_name, r.subject_id,"
                     + " r.subject_code, r.class_code,"
                     + " IF(? IS NULL, 'OPEN', 'CLOSED'), ? IS NULL, 0, ?, r.body, ?, ?, 1, ?, r.opened_by,"
                     + " r.opened_by_name, UTC_TIMESTAMP() - INTERVAL ? DAY, CURRENT_DATE - INTERVAL ? DAY, r.due_on,"
                     + " r.queue_due, UTC_TIMESTAMP(), CURRENT_DATE, IF(? IS NULL, NULL, UTC_TIMESTAMP())"
                     + " FROM service_request r JOIN contribution_position p ON p.id = ?"
                     + " WHERE r.position_id = ? AND r.outcome = 'REJECTED' ORDER BY r.id LIMIT 1",
                     Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            insert.setString(i++, protocol);
            insert.setString(i++, outcome);
            insert.setString(i++, outcome);
            insert.setString(i++, outcome);
            insert.setString(i++, email);
            insert.setString(i++, mobile);
            insert.setBoolean(i++, mobile != null);
            insert.setInt(i++, daysAgo);
            insert.setInt(i++, daysAgo);
            insert.setString(i++, outcome);
            insert.setLong(i++, DemoFacts.FERRAMENTA_COLOMBO);
            insert.setLong(i, DemoFacts.PANIFICIO_ESPOSITO);
            assertThat(insert.executeUpdate()).isEqualTo(1);
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    void sql(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    int taken(long officeId, LocalDateTime start) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT taken FROM appointment_slot WHERE office_id = ? AND starts_local = ?")) {
            query.setLong(1, officeId);
            query.setTimestamp(2, java.sql.Timestamp.valueOf(start));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    /** Napoli takes appointments Monday to Friday 9:00-12:00 in slots of 30 minutes, 2 officers, 240 h notice. */
    void napoliCalendar() throws Exception {
        sql("INSERT INTO appointment_calendar (office_id, slot_minutes, capacity, cancel_notice_hours, updated_at,"
                + " updated_by) VALUES (3, 30, 2, 240, UTC_TIMESTAMP(), 'test') ON DUPLICATE KEY UPDATE slot_minutes = 30,"
                + " capacity = 2, cancel_notice_hours = 240");
        sql("DELETE FROM appointment_opening WHERE office_id = 3");
        for (int day = 1; day <= 5; day++) {
            sql("INSERT INTO appointment_opening (office_id, weekday, opens_at, closes_at) VALUES (3, " + day
                    + ", '09:00', '12:00')");
        }
    }

    String email() {
        return "studio.bianchi+" + UNIQUE.incrementAndGet() + "@example.it";
    }

    @Test
    void theIntermediary_booksFromARequestClosedNonAccolta_andGetsTheConfirmationWithAnIcsFile() throws Exception {
        String email = email();
        String mobile = "+39333" + String.format("%07d", UNIQUE.incrementAndGet() % 10_000_000);
        long request = rejectedRequest(email, mobile);
        asIntermediario();
        assertThat(appointments.eligibility(request)).isEqualTo(BookingEligibility.yes(
                BookingEligibility.Reason.CLOSED_REJECTED));
        BookingContext context = appointments.bookingContext(request);
        assertThat(context.competentOfficeId()).isEqualTo(DemoFacts.OFFICE_ROMA);
        assertThat(context.offices().get(0).id()).isEqualTo(DemoFacts.OFFICE_ROMA);
        assertThat(context.subjectLabel()).isNotBlank();

        Availability free = appointments.availability(request, DemoFacts.OFFICE_ROMA);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        assertThat(free.slots()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.start().toLocalDate()).isAfter(today).isBeforeOrEqualTo(today.plusDays(10));
            assertThat(s.free()).isPositive();
        });
        FreeSlot first = free.slots().get(0);
        int takenBefore = taken(DemoFacts.OFFICE_ROMA, first.start());
        HeldSlot held = appointments.hold(request, DemoFacts.OFFICE_ROMA, first.start(), "06 1234567",
                "Avviso di addebito n. 397 2026 0001234567");
        assertThat(taken(DemoFacts.OFFICE_ROMA, first.start())).isEqualTo(takenBefore + 1);

        Appointment booked = appointments.confirm(held.appointmentId());
        assertThat(appointments.eligibility(request).reason()).isEqualTo(BookingEligibility.Reason.ALREADY_BOOKED);
        assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(booked.start()).isEqualTo(first.start());
        assertThat(appointments.mine()).extracting(Appointment::id).contains(booked.id());
        assertThat(appointments.ofRequest(request)).extracting(Appointment::id).containsExactly(booked.id());
        assertThatThrownBy(() -> appointments.hold(request, DemoFacts.OFFICE_ROMA, first.start(), null, null))
                .isInstanceOf(AppointmentRuleException.class).hasMessageContaining("ALREADY_BOOKED");

        List<JsonObject> mails = catcher.awaitMailsTo(email, 1, Duration.ofSeconds(60));
        assertThat(mails.get(0).getString("subject")).startsWith("Appuntamento prenotato");
        String raw = catcher.rawMailsTo(email).get(0);
        assertThat(raw).contains("text/calendar").contains("appuntamento-" + booked.id() + ".ics");
        String ics = icsOf(raw);
        assertThat(ics).contains("BEGIN:VEVENT").contains("UID:appointment-" + booked.id() + "@cassetto")
                .contains("DTSTART:" + utc(first.start()));
        assertThat(catcher.awaitSmsTo(mobile, 1, Duration.ofSeconds(60)).get(0).getString("text"))
                .contains("appuntamento prenotato");

        asOperatore();
        assertThat(office.agenda(DemoFacts.OFFICE_ROMA, first.start().toLocalDate(), first.start().toLocalDate()))
                .filteredOn(a -> a.id() == booked.id()).singleElement().satisfies(a -> {
                    assertThat(a.notes()).contains("0001234567");
                    assertThat(a.phone()).isEqualTo("06 1234567");
                    assertThat(a.positionId()).isEqualTo(DemoFacts.FERRAMENTA_COLOMBO);
                });
        asOperatore2();
        assertThatThrownBy(() -> office.agenda(DemoFacts.OFFICE_ROMA, today, today.plusDays(7)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> office.cancel(booked.id(), "risolto")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> office.calendar(DemoFacts.OFFICE_ROMA)).isInstanceOf(AccessDeniedException.class);

        asOperatore();
        office.cancel(booked.id(), "La questione è risolta: l'avviso è stato annullato d'ufficio.");
        assertThat(taken(DemoFacts.OFFICE_ROMA, first.start())).isEqualTo(takenBefore);
        List<JsonObject> after = catcher.awaitMailsTo(email, 2, Duration.ofSeconds(60));
        assertThat(after).anySatisfy(m -> {
            assertThat(m.getString("subject")).startsWith("Appuntamento annullato dalla sede");
            assertThat(m.getString("text")).contains("annullato d'ufficio");
        });
        asIntermediario();
        assertThat(appointments.ofRequest(request)).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AppointmentStatus.CANCELLED);
            assertThat(a.cancelReason()).contains("annullato d'ufficio");
        });
    }

    @Test
    void requestsThatDoNotQualify_orOtherUsers_areRefusedOnTheServer() throws Exception {
        long recentOpen = copyOfDemoRequest(null, email(), null, 2);
        long accepted = copyOfDemoRequest("ACCEPTED", email(), null, 20);
        asIntermediario();
        BookingEligibility notYet = appointments.eligibility(recentOpen);
        assertThat(notYet.bookable()).isFalse();
        assertThat(notYet.bookableFrom()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(6));
        LocalDateTime someSlot = LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(3).atTime(9, 0);
        assertThatThrownBy(() -> appointments.hold(recentOpen, DemoFacts.OFFICE_ROMA, someSlot, null, null))
                .isInstanceOf(AppointmentRuleException.class).hasMessageContaining("OPEN_TOO_RECENT");
        assertThatThrownBy(() -> appointments.availability(accepted, DemoFacts.OFFICE_ROMA))
                .isInstanceOf(AppointmentRuleException.class).hasMessageContaining("CLOSED_ACCEPTED");

        long rejected = rejectedRequest(email(), null);
        // collaboratore reads Ferramenta Colombo only (read-only sub-delegation); datore is not its representative
        caller.actAs("collaboratore", DemoFacts.COLLABORATORE, Role.INTERMEDIARY_STAFF);
        assertThatThrownBy(() -> appointments.availability(rejected, DemoFacts.OFFICE_ROMA))
                .isInstanceOf(AccessDeniedException.class);
        caller.actAs("datore", DemoFacts.DATORE, Role.EMPLOYER);
        assertThatThrownBy(() -> appointments.hold(rejected, DemoFacts.OFFICE_ROMA, someSlot, null, null))
                .isInstanceOf(AccessDeniedException.class);
        // the operator reads the request but books only as the office (urgent), not as a user
        asOperatore();
        assertThat(appointments.eligibility(rejected).reason()).isEqualTo(BookingEligibility.Reason.NOT_ALLOWED);
        assertThatThrownBy(() -> appointments.hold(rejected, DemoFacts.OFFICE_ROMA, someSlot, null, null))
                .isInstanceOf(SecurityException.class);

        asIntermediario();
        assertThatThrownBy(() -> appointments.hold(rejected, DemoFacts.OFFICE_ROMA, someSlot.withHour(7), null, null))
                .isInstanceOf(AppointmentRuleException.class).hasMessageContaining("slotNotOffered");
        LocalDateTime beyond = LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(25).atTime(9, 0);
        assertThatThrownBy(() -> appointments.hold(rejected, DemoFacts.OFFICE_ROMA, beyond, null, null))
                .isInstanceOf(AppointmentRuleException.class).hasMessageContaining("slotNotOffered");
    }

    @Test
    void theUserCancelsWithEnoughNotice_andNotWithinIt() throws Exception {
        napoliCalendar();
        long request = rejectedRequest(email(), null);
        asIntermediario();
        FreeSlot slot = appointments.availability(request, OFFICE_NAPOLI).slots().get(0);
        Appointment booked = appointments.confirm(appointments.hold(request, OFFICE_NAPOLI, slot.start(), null, null)
                .appointmentId());
        // Napoli wants 240 hours' notice: every slot of the horizon is within it
        assertThat(booked.mayCancel()).isFalse();
        assertThatThrownBy(() -> appointments.cancel(booked.id())).isInstanceOf(AppointmentRuleException.class)
                .hasMessageContaining("tooLateToCancel");

        sql("UPDATE appointment_calendar SET cancel_notice_hours = 0 WHERE office_id = 3");
        int before = taken(OFFICE_NAPOLI, slot.start());
        appointments.cancel(booked.id());
        assertThat(taken(OFFICE_NAPOLI, slot.start())).isEqualTo(before - 1);
        assertThat(appointments.mine()).filteredOn(a -> a.id() == booked.id()).singleElement()
                .extracting(Appointment::status).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(appointments.eligibility(request).bookable()).isTrue();
        caller.actAs("collaboratore", DemoFacts.COLLABORATORE, Role.INTERMEDIARY_STAFF);
        assertThatThrownBy(() -> appointments.cancel(booked.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOperator_addsAnUrgentAppointmentBeyondTheHorizon_whichTheUserFindsInTheirList() throws Exception {
        String email = email();
        long request = copyOfDemoRequest(null, email, null, 1);
        asOperatore2();
        assertThatThrownBy(() -> office.urgentAvailability(DemoFacts.OFFICE_ROMA))
                .isInstanceOf(AccessDeniedException.class);
        asOperatore();
        Availability urgent = office.urgentAvailability(DemoFacts.OFFICE_ROMA);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        FreeSlot beyond = urgent.slots().stream().filter(s -> s.start().toLocalDate().isAfter(today.plusDays(10)))
                .findFirst().orElseThrow();
        Appointment made = office.urgent(request, DemoFacts.OFFICE_ROMA, beyond.start(), "06 555", "Urgente: fermo");
        assertThat(made.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(made.urgent()).isTrue();
        assertThat(catcher.awaitMailsTo(email, 1, Duration.ofSeconds(60)).get(0).getString("subject"))
                .startsWith("Appuntamento fissato dalla sede");
        asOperatore2();
        assertThatThrownBy(() -> office.urgent(request, DemoFacts.OFFICE_ROMA, beyond.start(), null, null))
                .isInstanceOf(AccessDeniedException.class);
        asIntermediario();
        assertThat(appointments.mine()).extracting(Appointment::id).contains(made.id());
        asOperatore();
        office.cancel(made.id(), "Fine della prova dell'appuntamento urgente.");
    }

    @Test
    void aSecondHoldOnTheSameRequest_replacesTheFirst_andFreesItsPlace() throws Exception {
        napoliCalendar();
        long request = rejectedRequest(email(), null);
        asIntermediario();
        List<FreeSlot> free = appointments.availability(request, OFFICE_NAPOLI).slots();
        FreeSlot one = free.get(free.size() - 1);
        FreeSlot other = free.get(free.size() - 2);
        int oneBefore = taken(OFFICE_NAPOLI, one.start());
        int otherBefore = taken(OFFICE_NAPOLI, other.start());
        HeldSlot first = appointments.hold(request, OFFICE_NAPOLI, one.start(), null, null);
        assertThat(appointments.eligibility(request).bookable()).as("one's own hold does not block").isTrue();
        HeldSlot second = appointments.hold(request, OFFICE_NAPOLI, other.start(), null, null);
        assertThat(taken(OFFICE_NAPOLI, one.start())).isEqualTo(oneBefore);
        assertThat(taken(OFFICE_NAPOLI, other.start())).isEqualTo(otherBefore + 1);
        assertThatThrownBy(() -> appointments.confirm(first.appointmentId()))
                .isInstanceOf(AppointmentRuleException.class).hasMessageContaining("holdExpired");
        appointments.release(second.appointmentId());
        assertThat(taken(OFFICE_NAPOLI, other.start())).isEqualTo(otherBefore);
    }

    @Test
    void theDayBefore_aReminderIsQueuedOnce() throws Exception {
        String email = email();
        long request = rejectedRequest(email, null);
        asIntermediario();
        FreeSlot slot = appointments.availability(request, DemoFacts.OFFICE_ROMA).slots().get(0);
        Appointment booked = appointments.confirm(appointments.hold(request, DemoFacts.OFFICE_ROMA, slot.start(),
                null, null).appointmentId());
        java.time.Instant dayBefore = slot.start().minusDays(1).withHour(12).atZone(ZoneId.of("Europe/Rome"))
                .toInstant();
        assertThat(reminders.runPass(dayBefore)).isPositive();
        reminders.runPass(dayBefore);
        List<JsonObject> mails = catcher.awaitMailsTo(email, 2, Duration.ofSeconds(60));
        CatcherClient.sleep(3000);
        assertThat(catcher.mailsTo(email)).extracting(m -> m.getString("subject"))
                .filteredOn(s -> s.startsWith("Promemoria")).hasSize(1);
        assertThat(mails).isNotEmpty();
        asOperatore();
        office.cancel(booked.id(), "Fine della prova del promemoria.");
    }

    @Test
    void aHundredUsersWantTheLastPlaceOfASlot_exactlyOneGetsIt_andTheOthersAreToldItWasJustTaken() throws Exception {
        napoliCalendar();
        List<Long> requestIds = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            requestIds.add(rejectedRequest(email(), null));
        }
        asIntermediario();
        Availability free = appointments.availability(requestIds.get(0), OFFICE_NAPOLI);
        FreeSlot slot = free.slots().stream().filter(s -> s.free() == 2).reduce((a, b) -> b).orElseThrow();
        appointments.hold(requestIds.get(0), OFFICE_NAPOLI, slot.start(), null, null);
        assertThat(taken(OFFICE_NAPOLI, slot.start())).isEqualTo(1);

        CountDownLatch ready = new CountDownLatch(100);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(100);
        // At most 15 attempts inside the service at once, as a bounded HTTP thread pool would allow: each one
        // needs two of the pool's 30 connections (its transaction and the guard's audit in its own).
        Semaphore inService = new Semaphore(15);
        AtomicInteger booked = new AtomicInteger();
        ConcurrentLinkedQueue<SlotTakenException> taken = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> other = new ConcurrentLinkedQueue<>();
        for (int i = 1; i <= 100; i++) {
            long request = requestIds.get(i);
            threads.newThread(() -> {
                RequestContextController context = requestContexts.get();
                try {
                    ready.countDown();
                    go.await();
                    inService.acquire();
                    context.activate();
                    try {
                        caller.actAs("intermediario", DemoFacts.INTERMEDIARIO, Role.INTERMEDIARY);
                        appointments.hold(request, OFFICE_NAPOLI, slot.start(), null, null);
                        booked.incrementAndGet();
                    } finally {
                        context.deactivate();
                        inService.release();
                    }
                } catch (SlotTakenException e) {
                    taken.add(e);
                } catch (Throwable e) {
                    other.add(e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        assertThat(done.await(180, TimeUnit.SECONDS)).isTrue();

        assertThat(other).isEmpty();
        assertThat(booked.get()).isEqualTo(1);
        assertThat(taken).hasSize(99).allSatisfy(e -> {
            assertThat(e.messageKey()).isEqualTo("appointment.error.slotTaken");
            assertThat(e.freshAvailability().officeId()).isEqualTo(OFFICE_NAPOLI);
            assertThat(e.freshAvailability().slots()).extracting(FreeSlot::start).doesNotContain(slot.start());
        });
        assertThat(taken(OFFICE_NAPOLI, slot.start())).isEqualTo(2);
        long spare = rejectedRequest(email(), null);
        assertThat(appointments.availability(spare, OFFICE_NAPOLI).slots()).extracting(FreeSlot::start)
                .doesNotContain(slot.start());
    }

    static String utc(LocalDateTime local) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(local.atZone(ZoneId.of("Europe/Rome")).withZoneSameInstant(java.time.ZoneOffset.UTC));
    }

    /** The ICS part of a raw MIME mail, decoded from base64 or quoted-printable as the mailer chose. */
    static String icsOf(String raw) throws Exception {
        jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            jakarta.mail.BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                try (java.io.InputStream in = part.getInputStream()) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no text/calendar part in " + raw);
    }
}
