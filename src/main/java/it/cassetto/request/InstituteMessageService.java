package it.cassetto.request;

import it.cassetto.request.internal.RequestStore;
import it.cassetto.shared.persistence.CassettoDataSource;
import it.cassetto.shared.query.Page;
import it.cassetto.shared.query.PageRequest;
import it.cassetto.shared.security.AccessDeniedException;
import it.cassetto.shared.security.Action;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.PositionAccessGuard;
import it.cassetto.shared.security.Role;
import it.cassetto.shared.security.SecuredService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The messages from the institute to a position ("Comunicazioni irregolarità da leggere" and "lette"):
 * listed for whoever may read the position; marked read by those who may act for it (holder,
 * delegates), stamped with who and when. The guard is asked first.
 */
@ApplicationScoped
@SecuredService
@Transactional
@RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
        Role.Names.INTERMEDIARY_STAFF, Role.Names.OPERATOR, Role.Names.SUPERVISOR})
public class InstituteMessageService {

    /** Section code of the messages in the access audit. */
    public static final String SECTION = "messages";

    @Inject
    PositionAccessGuard guard;

    @Inject
    CurrentUser currentUser;

    @Resource(lookup = CassettoDataSource.JNDI_NAME)
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    /** The position's unread ({@code read} false) or read messages, newest first, one page. */
    public Page<InstituteMessage> messages(@Positive long positionId, boolean read,
                                           @NotNull @Valid PageRequest page) {
        guard.check(positionId, SECTION, Action.READ);
        List<InstituteMessage> items = new ArrayList<>();
        String sql = "SELECT id, position_id, sent_at, title, body, read_at, read_by FROM institute_message"
                + " WHERE position_id = ? AND read_at IS " + (read ? "NOT NULL" : "NULL")
                + " ORDER BY sent_at DESC, id DESC LIMIT " + page.size() + " OFFSET " + page.offset();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, positionId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    items.add(new InstituteMessage(rs.getLong(1), rs.getLong(2), RequestStore.instant(rs, 3),
                            rs.getString(4), rs.getString(5), RequestStore.instant(rs, 6), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the messages of position " + positionId, e);
        }
        return new Page<>(items, items.size() + page.offset(), false);
    }

    /** Marks a message read, by one who may act for the position. */
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.ENTITY_EMPLOYEE, Role.Names.INTERMEDIARY,
            Role.Names.INTERMEDIARY_STAFF})
    public void markRead(@Positive long messageId) {
        try (Connection connection = dataSource.getConnection()) {
            long positionId;
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT position_id FROM institute_message WHERE id = ?")) {
                find.setLong(1, messageId);
                try (ResultSet rs = find.executeQuery()) {
                    if (!rs.next()) {
                        throw new AccessDeniedException("No message " + messageId);
                    }
                    positionId = rs.getLong(1);
                }
            }
            guard.check(positionId, SECTION, Action.SEND);
            try (PreparedStatement update = connection.prepareStatement("UPDATE institute_message SET read_at = ?,"
                    + " read_by = ? WHERE id = ? AND read_at IS NULL")) {
                update.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
                update.setString(2, currentUser.require().displayName());
                update.setLong(3, messageId);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot mark message " + messageId + " read", e);
        }
    }
}
