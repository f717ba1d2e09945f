package it.cassetto.app;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The common body of the error pages: a heading, an explanation and a way back home; the browser's title says
 * the same as the heading (WCAG 2.4.2).
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final H1 title = new H1();
    private final Paragraph text = new Paragraph();

    ErrorPage(String id) {
        setId(id);
        addClassName("error-page");
        Anchor home = new Anchor("", "");
        home.setId("error-home-link");
        add(title, text, home);
        addAttachListener(e -> home.setText(getTranslation("error.backHome")));
    }

    void show(String titleText, String bodyText) {
        title.setText(titleText);
        text.setText(bodyText);
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · " + getTranslation("app.title");
    }
}
