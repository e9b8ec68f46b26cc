package dev.huiju.bff.watermark;

import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import dev.huiju.bff.directory.DirectoryLoaders;
import dev.huiju.clients.directory.DirectoryDtos.PersonDto;
import dev.huiju.schema.generated.DgsConstants;
import dev.huiju.schema.generated.types.WatermarkInput;

/** Verifying a watermark, and the person behind it. */
@DgsComponent
class WatermarkDataFetcher {

	private final Watermarks watermarks;

	WatermarkDataFetcher(Watermarks watermarks) {
		this.watermarks = watermarks;
	}

	@DgsQuery(field = DgsConstants.QUERY.VerifyWatermark)
	WatermarkCheck verifyWatermark(@InputArgument WatermarkInput input) {
		return this.watermarks.verify(new Watermark(input.getText(), input.getUserRef(), input.getTerminalId(),
				input.getIssuedAt(), input.getExpiresAt(), input.getKeyId(), input.getSignature()));
	}

	@DgsData(parentType = DgsConstants.WATERMARKCHECK.TYPE_NAME, field = DgsConstants.WATERMARKCHECK.User)
	CompletableFuture<PersonDto> user(DgsDataFetchingEnvironment env) {
		WatermarkCheck check = env.getSource();
		return DirectoryLoaders.person(env, check.userId());
	}

}
