// Fills an XForm with JavaRosa, ODK's own form engine, the way ODK Collect walks it, and prints the
// submission; the reference side of Tests/KioskFormsTests/ODKCompatibilityTests.swift.
//
//   javac -cp ODK_Validate.jar -d .build/javarosa-fill Tests/tools/JavaRosaFill.java
//     (or java -m jdk.compiler/com.sun.tools.javac.Main ..., which needs only a JRE; the test does that)
//   java -cp ODK_Validate.jar:.build/javarosa-fill JavaRosaFill FORM.xml ANSWERS.txt [FORM ANSWERS]...
//
// ANSWERS.txt holds one "path<TAB>value" a line; a path names repeat instances 1-based
// ("/data/child[2]/name"), other steps bare. Output for one pair: a line "SHOWN <path><TAB><label>
// <TAB><hint>" for each question as its screen comes up, then the submission XML, or one line
// "REFUSED <path> <required|constraint> <message>" (exit 2), "INVALID <path> <reason>" (exit 2) or
// "UNUSED <path>..." (exit 2). With several pairs each result follows a line "==> ANSWERS.txt <=="
// and the exit status is 0 unless the harness itself failed.
//
// Written against JavaRosa 5.1 (the one inside ODK Validate 1.20, bundled with pyxform 4.5).

import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.javarosa.core.model.Constants;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.FormIndex;
import org.javarosa.core.model.GroupDef;
import org.javarosa.core.model.IFormElement;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.ValidateOutcome;
import org.javarosa.core.model.data.AnswerDataFactory;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.MultipleItemsData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.UncastData;
import org.javarosa.core.model.data.helper.Selection;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.model.instance.TreeReference;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.javarosa.model.xform.XFormsModule;
import org.javarosa.xform.util.XFormUtils;

public class JavaRosaFill {
    /** Why a fill stopped before the end: printed as the result instead of a submission. */
    static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;

        Stop(String line) {
            super(line);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args.length % 2 != 0) {
            System.err.println("usage: JavaRosaFill FORM.xml ANSWERS.txt [FORM.xml ANSWERS.txt]...");
            System.exit(64);
        }
        new XFormsModule().registerModule();
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        boolean batch = args.length > 2;
        boolean stopped = false;
        for (int i = 0; i < args.length; i += 2) {
            if (batch) out.println("==> " + args[i + 1] + " <==");
            StringBuilder shown = new StringBuilder();
            String result;
            try {
                result = fill(args[i], args[i + 1], shown);
            } catch (Stop stop) {
                result = stop.getMessage() + "\n";
                stopped = true;
            } catch (Exception | Error e) {
                if (!batch) throw e;
                result = "ERROR " + e + "\n";
            }
            out.print(shown);
            out.print(result);
        }
        out.flush();
        System.exit(stopped && !batch ? 2 : 0);
    }

    /** Loads a fresh form, answers it screen by screen, and returns the submission XML. */
    static String fill(String formPath, String answersPath, StringBuilder shown) throws Exception {
        Map<String, String> answers = readAnswers(answersPath);
        FormDef form;
        try (FileInputStream in = new FileInputStream(formPath)) {
            form = XFormUtils.getFormFromInputStream(in);
        }
        form.initialize(true, new InstanceInitializationFactory());
        Set<String> repeats = new HashSet<>();
        collectRepeats(form, repeats);

        FormEntryModel model = new FormEntryModel(form);
        FormEntryController controller = new FormEntryController(model);
        Set<String> used = new HashSet<>();
        controller.jumpToIndex(FormIndex.createBeginningOfFormIndex());
        int event = controller.stepToNextEvent();
        for (int steps = 0; event != FormEntryController.EVENT_END_OF_FORM; steps++) {
            if (steps > 100_000) throw new IllegalStateException("the form does not end");
            FormIndex index = model.getFormIndex();
            if (event == FormEntryController.EVENT_QUESTION) {
                answerScreen(controller, List.of(index), answers, repeats, used, shown);
                event = controller.stepToNextEvent();
            } else if (event == FormEntryController.EVENT_GROUP && isFieldList(form.getChild(index))) {
                // Collect shows a field-list group on one screen, then steps over it whole.
                FormIndex after = model.incrementIndex(index, false);
                List<FormIndex> questions = new ArrayList<>();
                for (FormIndex i = model.incrementIndex(index); i.isInForm() && !i.equals(after); i = model.incrementIndex(i)) {
                    if (model.getEvent(i) == FormEntryController.EVENT_QUESTION && model.isIndexRelevant(i)) questions.add(i);
                }
                answerScreen(controller, questions, answers, repeats, used, shown);
                FormIndex next = after;
                while (next.isInForm() && !model.isIndexRelevant(next)) next = model.incrementIndex(next);
                event = controller.jumpToIndex(next);
            } else if (event == FormEntryController.EVENT_PROMPT_NEW_REPEAT) {
                // "Add another?": yes while the answers name a further instance of this repeat.
                String prefix = path(index.getReference(), repeats) + "/";
                boolean wanted = answers.keySet().stream().anyMatch(p -> p.startsWith(prefix));
                if (wanted) controller.newRepeat();
                event = controller.stepToNextEvent();
            } else {
                event = controller.stepToNextEvent();
            }
        }

        Set<String> unused = new TreeSet<>(answers.keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) throw new Stop("UNUSED " + String.join(" ", unused));

        // Finalising in Collect checks every question again, then runs the end-of-form preloads.
        ValidateOutcome outcome = form.validate();
        if (outcome != null) {
            throw refusal(model, outcome.failedPrompt, outcome.outcome, repeats, null);
        }
        controller.finalizeFormEntry();
        byte[] xml = new XFormSerializingVisitor().serializeInstance(form.getMainInstance());
        return new String(xml, StandardCharsets.UTF_8) + "\n";
    }

    /**
     * One screen: sets every answer it has, as a person types them, then leaves it the way Collect
     * does, checking each question (required, then constraint) in order.
     */
    static void answerScreen(FormEntryController controller, List<FormIndex> questions, Map<String, String> answers,
            Set<String> repeats, Set<String> used, StringBuilder shown) throws Stop {
        FormEntryModel model = controller.getModel();
        for (FormIndex index : questions) {
            FormEntryPrompt prompt = model.getQuestionPrompt(index);
            String hint = prompt.getHelpText();
            shown.append("SHOWN ").append(path(index.getReference(), repeats)).append('\t')
                .append(oneLine(prompt.getLongText())).append('\t').append(oneLine(hint)).append('\n');
        }
        for (FormIndex index : questions) {
            if (!model.isIndexRelevant(index)) continue;
            String path = path(index.getReference(), repeats);
            String value = answers.get(path);
            if (value == null) continue;
            used.add(path);
            FormEntryPrompt prompt = model.getQuestionPrompt(index);
            if (prompt.isReadOnly()) throw new Stop("INVALID " + path + " read-only");
            controller.saveAnswer(index, answerData(prompt, path, value), true);
        }
        for (FormIndex index : questions) {
            if (!model.isIndexRelevant(index)) continue;
            IAnswerData current = model.getQuestionPrompt(index).getAnswerValue();
            int status = controller.answerQuestion(index, current, true);
            if (status != FormEntryController.ANSWER_OK) {
                throw refusal(model, index, status, repeats, current);
            }
        }
    }

    static Stop refusal(FormEntryModel model, FormIndex index, int status, Set<String> repeats, IAnswerData value) {
        String path = path(index.getReference(), repeats);
        if (status == FormEntryController.ANSWER_REQUIRED_BUT_EMPTY) return new Stop("REFUSED " + path + " required");
        String message = model.getQuestionPrompt(index).getConstraintText(value);
        return new Stop("REFUSED " + path + " constraint " + (message == null ? "" : message));
    }

    /** A value typed as Collect's widget for the question would give it. */
    static IAnswerData answerData(FormEntryPrompt prompt, String path, String value) throws Stop {
        if (value.trim().isEmpty()) return null;
        int control = prompt.getControlType();
        if (control == Constants.CONTROL_SELECT_ONE || control == Constants.CONTROL_SELECT_MULTI) {
            List<SelectChoice> choices = prompt.getSelectChoices();
            List<Selection> selections = new ArrayList<>();
            for (String item : value.trim().split("\\s+")) {
                SelectChoice found = null;
                for (SelectChoice choice : choices) {
                    if (choice.getValue().equals(item)) found = choice;
                }
                if (found == null) throw new Stop("INVALID " + path + " not a choice: " + item);
                selections.add(found.selection());
            }
            if (control == Constants.CONTROL_SELECT_MULTI) return new MultipleItemsData(selections);
            if (selections.size() != 1) throw new Stop("INVALID " + path + " several choices for select_one");
            return new SelectOneData(selections.get(0));
        }
        try {
            return AnswerDataFactory.templateByDataType(prompt.getDataType()).cast(new UncastData(value));
        } catch (RuntimeException e) {
            throw new Stop("INVALID " + path + " " + e.getMessage());
        }
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    static boolean isFieldList(IFormElement element) {
        String appearance = element instanceof GroupDef ? ((GroupDef) element).getAppearanceAttr() : null;
        return appearance != null && appearance.toLowerCase().contains("field-list");
    }

    /** The generic paths of the form's repeats ("/data/child"). */
    static void collectRepeats(IFormElement element, Set<String> repeats) {
        if (element instanceof GroupDef && ((GroupDef) element).getRepeat()) {
            TreeReference ref = (TreeReference) element.getBind().getReference();
            repeats.add(ref.genericize().toString(false));
        }
        if (element.getChildren() == null) return;
        for (IFormElement child : element.getChildren()) collectRepeats(child, repeats);
    }

    /**
     * A reference as the tests write paths: 1-based indexes on repeat steps only. JavaRosa's own
     * toString puts an index on every step after the root ("/data/name[1]").
     */
    static String path(TreeReference ref, Set<String> repeats) {
        StringBuilder generic = new StringBuilder();
        StringBuilder concrete = new StringBuilder();
        for (int level = 0; level < ref.size(); level++) {
            generic.append('/').append(ref.getName(level));
            concrete.append('/').append(ref.getName(level));
            if (repeats.contains(generic.toString())) {
                concrete.append('[').append(ref.getMultiplicity(level) + 1).append(']');
            }
        }
        return concrete.toString();
    }

    static Map<String, String> readAnswers(String file) throws IOException {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Paths.get(file), StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IOException(file + ": no tab in line: " + line);
            answers.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return answers;
    }
}
