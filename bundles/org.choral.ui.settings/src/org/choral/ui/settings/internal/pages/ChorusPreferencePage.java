// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.settings.internal.pages;

import java.util.List;
import java.util.function.Supplier;

import org.choral.settings.api.ChorusEnvironment;
import org.choral.settings.api.ChorusSettings;
import org.choral.settings.api.ChorusValidator;
import org.choral.settings.api.ConnectionTester;
import org.choral.settings.api.FieldProblem;
import org.choral.settings.api.HttpProxy;
import org.choral.settings.api.SettingsException;
import org.choral.settings.api.SettingsService;
import org.choral.ui.WidgetKeys;
import org.choral.ui.settings.internal.i18n.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * « Chorus Pro »: environment and URLs, PISTE application, technical account, pause between
 * calls, HTTP proxy, and « Tester la connexion » through the {@link ConnectionTester} seam.
 * Secret fields are password fields; their values only travel to {@link SettingsService}.
 */
public class ChorusPreferencePage extends SettingsFormPage<ChorusSettings> {

    private static final ChorusEnvironment[] ENVIRONMENTS = ChorusEnvironment.values();

    private final Supplier<ConnectionTester> tester;
    private Combo environment;
    private Text apiUrl;
    private Text tokenUrl;
    private Text clientId;
    private Text clientSecret;
    private Text login;
    private Text password;
    private Spinner pause;
    private Text proxyHost;
    private Text proxyPort;
    private Text proxyUser;
    private Text proxyPassword;
    private Label testResult;

    public ChorusPreferencePage(SettingsService service, Supplier<ConnectionTester> tester) {
        super(Messages.Chorus_title, service);
        this.tester = tester;
        setDescription(Messages.Chorus_description);
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        form = new Form(parent, "chorus."); //$NON-NLS-1$
        environment = form.add(ChorusSettings.ENVIRONMENT, Messages.Chorus_environment,
                new Combo(form.body(), SWT.READ_ONLY | SWT.DROP_DOWN));
        environment.setItems(Messages.Chorus_envEmulator, Messages.Chorus_envQualification,
                Messages.Chorus_envProduction, Messages.Chorus_envCustom);
        apiUrl = form.text(ChorusSettings.API_URL, Messages.Chorus_apiUrl, SWT.NONE);
        tokenUrl = form.text(ChorusSettings.TOKEN_URL, Messages.Chorus_tokenUrl, SWT.NONE);
        form.section(Messages.Chorus_piste);
        clientId = form.text(ChorusSettings.CLIENT_ID, Messages.Chorus_clientId, SWT.NONE);
        clientSecret = form.text(ChorusSettings.CLIENT_SECRET, Messages.Chorus_clientSecret, SWT.PASSWORD);
        form.section(Messages.Chorus_account);
        login = form.text(ChorusSettings.LOGIN, Messages.Chorus_login, SWT.NONE);
        password = form.text(ChorusSettings.PASSWORD, Messages.Chorus_password, SWT.PASSWORD);
        pause = form.add(ChorusSettings.PAUSE, Messages.Chorus_pause, new Spinner(form.body(), SWT.BORDER));
        pause.setValues(ChorusSettings.DEFAULT_PAUSE_MILLIS, 0, ChorusValidator.MAX_PAUSE_MILLIS, 0, 100, 1000);
        form.section(Messages.Chorus_proxy);
        proxyHost = form.text(ChorusSettings.PROXY_HOST, Messages.Chorus_proxyHost, SWT.NONE);
        proxyPort = form.text(ChorusSettings.PROXY_PORT, Messages.Chorus_proxyPort, SWT.NONE);
        proxyUser = form.text(ChorusSettings.PROXY_USER, Messages.Chorus_proxyUser, SWT.NONE);
        proxyPassword = form.text(ChorusSettings.PROXY_PASSWORD, Messages.Chorus_proxyPassword, SWT.PASSWORD);
        createTestRow(form.body());
        load();
        environment.addListener(SWT.Selection, e -> environmentChanged());
        for (Text t : new Text[] { apiUrl, tokenUrl, clientId, clientSecret, login, password, proxyHost, proxyPort,
                proxyUser, proxyPassword }) {
            t.addModifyListener(e -> validate());
        }
        pause.addModifyListener(e -> validate());
        validate();
        return form.body();
    }

    private void createTestRow(Composite body) {
        Button test = WidgetKeys.set(new Button(body, SWT.PUSH), "chorus.test"); //$NON-NLS-1$
        test.setText(Messages.Chorus_test);
        GridDataFactory.swtDefaults().indent(0, 10).applyTo(test);
        testResult = WidgetKeys.set(new Label(body, SWT.WRAP), "chorus.testResult"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).indent(0, 10).applyTo(testResult);
        test.addListener(SWT.Selection, e -> testConnection());
    }

    private void load() {
        ChorusSettings s;
        try {
            s = service.chorus();
        } catch (SettingsException e) {
            s = service.chorusWithoutSecrets();
            setMessage(e.getMessage(), WARNING);
        }
        environment.select(s.environment().ordinal());
        apiUrl.setText(s.apiUrl());
        tokenUrl.setText(s.tokenUrl());
        clientId.setText(s.clientId());
        clientSecret.setText(s.clientSecret());
        login.setText(s.login());
        password.setText(s.password());
        pause.setSelection(s.pauseMillis());
        proxyHost.setText(s.proxy().host());
        proxyPort.setText(s.proxy().port() == 0 ? "" : Integer.toString(s.proxy().port())); //$NON-NLS-1$
        proxyUser.setText(s.proxy().user());
        proxyPassword.setText(s.proxy().password());
        updateUrlFields();
    }

    private ChorusEnvironment selectedEnvironment() {
        int i = environment.getSelectionIndex();
        return i < 0 ? ChorusEnvironment.QUALIFICATION : ENVIRONMENTS[i];
    }

    private void environmentChanged() {
        ChorusEnvironment env = selectedEnvironment();
        if (env != ChorusEnvironment.CUSTOM) {
            apiUrl.setText(env.defaultApiUrl());
            tokenUrl.setText(env.defaultTokenUrl());
        }
        updateUrlFields();
        validate();
    }

    private void updateUrlFields() {
        boolean custom = selectedEnvironment() == ChorusEnvironment.CUSTOM;
        apiUrl.setEditable(custom);
        tokenUrl.setEditable(custom);
    }

    @Override
    ChorusSettings current() {
        String port = proxyPort.getText().strip();
        int portNumber;
        try {
            portNumber = port.isEmpty() ? 0 : Integer.parseInt(port);
        } catch (NumberFormatException e) {
            portNumber = -1; // refused by the validator with its French message
        }
        return new ChorusSettings(selectedEnvironment(), apiUrl.getText(), tokenUrl.getText(), clientId.getText(),
                clientSecret.getText(), login.getText(), password.getText(), pause.getSelection(),
                new HttpProxy(proxyHost.getText(), portNumber, proxyUser.getText(), proxyPassword.getText()));
    }

    @Override
    List<FieldProblem> problems() {
        return ChorusValidator.validate(current());
    }

    private void testConnection() {
        ConnectionTester t = tester.get();
        if (t == null) {
            showTestResult(Messages.Chorus_noConnector, false);
            return;
        }
        showTestResult(Messages.Chorus_testing, true);
        new ConnectionTestJob(t, current(), (message, ok) -> {
            if (!testResult.isDisposed()) {
                testResult.getDisplay().asyncExec(() -> showTestResult(message, ok));
            }
        }).schedule();
    }

    private void showTestResult(String message, boolean ok) {
        if (testResult.isDisposed()) {
            return;
        }
        testResult.setText(message);
        testResult.setForeground(ok ? null : testResult.getDisplay().getSystemColor(SWT.COLOR_RED));
        form.body().layout(true, true);
    }

    @Override
    void save(ChorusSettings settings) throws SettingsException {
        service.save(settings);
    }
}
