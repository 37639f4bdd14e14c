// Runs javac and javadoc tasks one after the other in one JVM, for
// java_test.go: a JVM start and javac's warm-up once instead of once a
// task. Run as a source file:
//
//     java Tools.java TOOL ARGS [TOOL ARGS ...]
//
// TOOL is javac or javadoc; ARGS is a file of the tool's arguments, one a
// line. Each task runs as the tool's own command would (javax.tools'
// Tool.run, its own compilation with its own options); everything the tool
// prints goes to the file ARGS.out, and a line "ARGS STATUS" to standard
// output, STATUS being the tool's exit status.

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Tool;
import javax.tools.ToolProvider;

public final class Tools {
    private Tools() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("usage: Tools TOOL ARGS [TOOL ARGS ...]");
        }
        for (int i = 0; i < args.length; i += 2) {
            Tool tool;
            switch (args[i]) {
                case "javac":
                    tool = ToolProvider.getSystemJavaCompiler();
                    break;
                case "javadoc":
                    tool = ToolProvider.getSystemDocumentationTool();
                    break;
                default:
                    throw new IllegalArgumentException("no tool " + args[i]);
            }
            Path file = Path.of(args[i + 1]);
            List<String> toolArgs = Files.readAllLines(file, StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = tool.run(null, out, out, toolArgs.toArray(new String[0]));
            Files.write(Path.of(file + ".out"), out.toByteArray());
            System.out.println(file + " " + status);
        }
    }
}
