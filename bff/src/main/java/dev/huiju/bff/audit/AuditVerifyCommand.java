package dev.huiju.bff.audit;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line check of the audit trail: run the BFF's jar with {@code --huiju.audit.verify=true
 * --spring.main.web-application-type=none} (and the database settings of the trail to check); it prints the
 * verdict and exits with 0 when every chain is intact, 1 when one is broken.
 */
@Component
@ConditionalOnProperty(name = "huiju.audit.verify", havingValue = "true")
class AuditVerifyCommand implements ApplicationRunner {

	private final AuditVerifier verifier;

	private final ApplicationContext context;

	AuditVerifyCommand(AuditVerifier verifier, ApplicationContext context) {
		this.verifier = verifier;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuditVerifier.Result result = this.verifier.verify().block(Duration.ofMinutes(30));
		if (result.intact()) {
			System.out.println("audit trail intact: " + result.rowsChecked() + " rows checked");
		}
		else {
			AuditVerifier.Break at = result.firstBroken();
			System.out.println("audit trail BROKEN at instance " + at.instanceId() + ", row " + at.seq() + ": "
					+ at.problem() + " (" + result.rowsChecked() + " rows checked)");
		}
		int code = result.intact() ? 0 : 1;
		System.exit(SpringApplication.exit(this.context, (ExitCodeGenerator) () -> code));
	}

}
