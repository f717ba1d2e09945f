package it.cassetto.request.internal;

import it.cassetto.calendar.WorkingDayCalendar;
import it.cassetto.request.RequestListItem;
import it.cassetto.request.RequestStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Maps the rows of {@link RequestQueryBuilder#COLUMNS} to list items, with overdue and age in working days. */
public final class ListRows {

    private ListRows() {
    }

    public static RequestStore.RowMapper<RequestListItem> mapper(WorkingDayCalendar calendar, LocalDate today) {
        return rs -> item(rs, calendar, today);
    }

    static RequestListItem item(ResultSet rs, WorkingDayCalendar calendar, LocalDate today) throws SQLException {
        long officeId = rs.getLong(6);
        RequestStatus status = RequestStatus.valueOf(rs.getString(10));
        LocalDate dueOn = RequestStore.localDate(rs, 14);
        LocalDate openedOn = RequestStore.localDate(rs, 18);
        boolean open = rs.getBoolean(19);
        int age = open ? calendar.of(officeId).workingDaysBetween(openedOn, today) : 0;
        return new RequestListItem(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                officeId, rs.getString(7), rs.getString(8), rs.getString(9), status,
                RequestStore.outcome(rs.getString(11)), rs.getBoolean(12), RequestStore.instant(rs, 13), dueOn,
                RequestStore.instant(rs, 15), open && dueOn != null && today.isAfter(dueOn), age,
                rs.getTimestamp(16) != null, rs.getString(17));
    }
}
