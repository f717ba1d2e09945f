package it.cassetto.request.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.cassetto.position.ui.PositionLayout;
import it.cassetto.request.InstituteMessage;
import it.cassetto.request.InstituteMessageService;
import it.cassetto.shared.query.PageRequest;
import it.cassetto.shared.security.CurrentUser;
import it.cassetto.shared.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/** "Comunicazioni irregolarità" of a position: the messages to read and those read, newest first. */
@Route(value = "posizioni/:positionId([0-9]+)/comunicazioni", layout = PositionLayout.class)
@CdiComponent
@PermitAll
class InstituteMessagesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InstituteMessageService messages;
    private final boolean mayMarkRead;
    private final Tab unread = new Tab();
    private final Tab read = new Tab();
    private final Div list = new Div();
    private long positionId;

    @Inject
    InstituteMessagesView(InstituteMessageService messages, CurrentUser currentUser) {
        this.messages = messages;
        var caller = currentUser.require();
        this.mayMarkRead = !caller.hasRole(Role.OPERATOR) && !caller.hasRole(Role.SUPERVISOR);
        setId("institute-messages-view");
        setPadding(false);
        unread.setLabel(getTranslation("request.messages.unread"));
        unread.setId("messages-unread");
        read.setLabel(getTranslation("request.messages.read"));
        read.setId("messages-read");
        Tabs tabs = new Tabs(unread, read);
        tabs.addSelectedChangeListener(e -> show());
        list.setId("messages-list");
        add(new H1(getTranslation("request.messages.title")), tabs, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        positionId = event.getRouteParameters().getLong("positionId")
                .orElseThrow(() -> new NotFoundException("No position"));
        show();
    }

    private void show() {
        list.removeAll();
        boolean showRead = read.isSelected();
        var page = messages.messages(positionId, showRead, PageRequest.first(50));
        if (page.items().isEmpty()) {
            list.add(new Paragraph(getTranslation("request.messages.empty")));
        }
        for (InstituteMessage message : page.items()) {
            Div item = new Div();
            item.addClassName("institute-message");
            item.add(new H3(message.title()), new Paragraph(RequestMessages.dateTime(message.sentAt())),
                    new Paragraph(message.body()));
            if (showRead) {
                item.add(new Paragraph(getTranslation("request.messages.readBy", message.readBy(),
                        RequestMessages.dateTime(message.readAt()))));
            } else if (mayMarkRead) {
                Button markRead = new Button(getTranslation("request.messages.markRead"), e -> {
                    messages.markRead(message.id());
                    show();
                });
                markRead.setId("message-read-" + message.id());
                item.add(markRead);
            }
            list.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.messages.title") + " · " + getTranslation("app.title");
    }
}
