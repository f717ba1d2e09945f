package it.cassetto.app;

import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/**
 * The page shell every view is rendered in: the application theme (frontend/themes/cassetto, in the
 * spirit of the Italian public administration's design system) and the page-level metadata.
 */
@Theme("cassetto")
@NpmPackage(value = "@fontsource/titillium-web", version = "5.2.8")
@Meta(name = "description", content = "Cassetto previdenziale per aziende, enti e intermediari")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Cassetto previdenziale");
        settings.addMetaTag("color-scheme", "light");
    }
}
