package dev.huiju.bff;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

import com.netflix.graphql.dgs.InputArgument;
import com.netflix.graphql.dgs.internal.method.ArgumentResolver;
import dev.huiju.schema.generated.types.DocumentFilter;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.SynthesizingMethodParameter;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain arguments reach a data fetcher without DGS's reflective lookup; everything else still goes through DGS. */
@SpringBootTest
class ScalarArgumentsIntegrationTests {

	@Autowired
	ObjectProvider<ArgumentResolver> resolvers;

	@Autowired
	ScalarArguments scalars;

	/** DGS builds its list of resolvers the same way and takes the first that supports a parameter. */
	@Test
	void dgsAsksItFirst() {
		assertThat(this.resolvers.orderedStream().findFirst()).containsSame(this.scalars);
	}

	@Test
	void aPlainArgumentIsTheValueGraphqlJavaCoerced() throws Exception {
		Map<String, Object> arguments = new HashMap<>();
		arguments.put("first", 10);
		arguments.put("after", "b2Zmc2V0OjEw");
		assertThat(resolve(0, arguments)).isEqualTo(10);
		assertThat(resolve(1, arguments)).isEqualTo("b2Zmc2V0OjEw");
		assertThat(resolve(0, Map.of())).isNull();
	}

	@Test
	void aValueOfAnotherTypeIsConvertedByDgs() throws Exception {
		assertThat(resolve(0, Map.of("first", "25"))).isEqualTo(25);
	}

	@Test
	void anInputObjectIsLeftToDgs() throws Exception {
		assertThat(this.scalars.supportsParameter(parameter(2))).isFalse();
		assertThat(this.scalars.supportsParameter(parameter(3))).isFalse();
	}

	private Object resolve(int index, Map<String, Object> arguments) throws Exception {
		MethodParameter parameter = parameter(index);
		assertThat(this.scalars.supportsParameter(parameter)).isTrue();
		DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment().arguments(arguments).build();
		return this.scalars.resolveArgument(parameter, env);
	}

	/** As DGS makes them: a synthesizing parameter that discovers its name. */
	private static MethodParameter parameter(int index) throws NoSuchMethodException {
		Method method = Fetcher.class.getDeclaredMethod("documents", Integer.class, String.class, DocumentFilter.class,
				Integer.class);
		SynthesizingMethodParameter parameter = SynthesizingMethodParameter.forParameter(method.getParameters()[index]);
		parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
		return parameter;
	}

	static class Fetcher {

		String documents(@InputArgument Integer first, @InputArgument(name = "after") String cursor,
				@InputArgument DocumentFilter filter, Integer unannotated) {
			return null;
		}

	}

}
