#include "SyntheticDataset.h"

#include <QDate>
#include <QSaveFile>

#include <array>
#include <string_view>

namespace SyntheticDataset {

namespace {

// A 32-bit xorshift generator: tiny, fast and the same on every platform and standard library
// (std::uniform_int_distribution is not), which is what makes the output reproducible.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_state(seed == 0 ? 0x9E3779B9U : seed)
    {
    }

    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }

    // A number in [0, bound), bound > 0.
    int below(int bound) { return static_cast<int>(next() % static_cast<quint32>(bound)); }

private:
    quint32 m_state;
};

constexpr std::array<std::string_view, 48> words = {
    "model",    "weights",  "license",  "release", "research", "commercial", "open",     "closed",
    "hosted",   "api",      "training", "data",    "users",    "terms",      "version",  "checkpoint",
    "parameters", "context", "tokens",  "benchmark", "evaluation", "safety", "policy", "access",
    "download", "community", "developers", "partners", "preview", "general", "availability", "pricing",
    "inference", "fine-tuning", "distillation", "mixture", "experts", "dense", "multimodal", "vision",
    "speech",   "code",     "reasoning", "agents", "enterprise", "cloud", "edge", "mobile",
};

constexpr std::array<std::string_view, 6> kinds = {"announcement", "launch", "api", "weights", "license-change",
                                                   "retirement"};
constexpr std::array<std::string_view, 6> levels = {"closed", "hosted", "weights-noncommercial",
                                                    "weights-restricted", "open-weights", "open-source-ai"};
constexpr std::array<std::string_view, 10> terms = {"commercial_use", "modification", "redistribution",
                                                    "train_other_models", "usage_thresholds", "acceptable_use",
                                                    "attribution", "revocation", "patent_grant",
                                                    "geographic_limits"};
constexpr std::array<std::string_view, 3> pressures = {"toward-open", "toward-closed", "mixed"};
constexpr int licenseCount = 6;

// Appends a JSON string literal. The generator only produces ASCII words, but escaping keeps the
// output valid whatever a future caller puts in.
void appendString(QByteArray &out, std::string_view text)
{
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[(c >> 4) & 0xF];
            out += "0123456789abcdef"[c & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendString(QByteArray &out, const QByteArray &text)
{
    appendString(out, std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
}

// Sentences of pseudo-random words, at least minBytes long.
QByteArray prose(Random &random, int minBytes)
{
    QByteArray text;
    text.reserve(minBytes + 80);
    int wordsInSentence = 0;
    while (text.size() < minBytes || wordsInSentence != 0) {
        std::string_view word = words[static_cast<std::size_t>(random.below(static_cast<int>(words.size())))];
        if (wordsInSentence == 0) {
            if (!text.isEmpty())
                text += ' ';
            text += static_cast<char>(word.front() - 'a' + 'A');
            word.remove_prefix(1);
        } else {
            text += ' ';
        }
        text.append(word.data(), static_cast<qsizetype>(word.size()));
        if (++wordsInSentence >= 8 + random.below(8)) {
            text += '.';
            wordsInSentence = 0;
        }
    }
    return text;
}

QByteArray number(int value)
{
    return QByteArray::number(value);
}

QByteArray isoDate(QDate date)
{
    return date.toString(Qt::ISODate).toLatin1();
}

class Writer
{
public:
    explicit Writer(const Options &options)
        : m_options(options)
        , m_random(options.seed)
        , m_organizations(qMax(1, options.organizations))
        , m_models(qMax(m_organizations, options.releases / 10))
    {
    }

    QByteArray run()
    {
        // About 800 bytes per release with full texts, 300 with short ones.
        m_out.reserve(qsizetype(m_options.releases) * (m_options.fullTexts ? 820 : 320) + 65536);
        m_out += "{\n  \"format\": \"openness-timeline/1\",\n  \"title\": ";
        appendString(m_out, "Synthetic dataset: " + number(m_options.releases) + " release events");
        m_out += ",\n  \"updated\": \"2026-01-01\",\n  \"organizations\": [";
        for (int i = 0; i < m_organizations; ++i)
            organization(i);
        m_out += "\n  ],\n  \"licenses\": [";
        for (int i = 0; i < licenseCount; ++i)
            license(i);
        m_out += "\n  ],\n  \"models\": [";
        for (int i = 0; i < m_models; ++i)
            model(i);
        m_out += "\n  ],\n  \"releases\": [";
        for (int i = 0; i < m_options.releases; ++i)
            release(i);
        m_out += "\n  ]\n}\n";
        return m_out;
    }

private:
    void separator(int index) { m_out += index == 0 ? "\n" : ",\n"; }

    void source(const QByteArray &url, const QByteArray &title, const char *indent)
    {
        m_out += indent;
        m_out += "{\"url\": ";
        appendString(m_out, url);
        m_out += ", \"title\": ";
        appendString(m_out, title);
        m_out += ", \"kind\": \"primary\"}";
    }

    void organization(int index)
    {
        separator(index);
        const QByteArray id = "org-" + number(index);
        m_out += "    {\n      \"id\": \"" + id + "\",\n      \"name\": \"Organization " + number(index)
            + "\",\n      \"description\": ";
        appendString(m_out, prose(m_random, 60));
        m_out += ",\n      \"stages\": [";
        // Three stages back to back: 1995-2005, 2006-2015, 2016 onwards (ongoing).
        const std::array<int, 3> startYears = {1995, 2006, 2016};
        for (int s = 0; s < 3; ++s) {
            separator(s);
            m_out += "        {\n          \"name\": \"Stage " + number(s + 1) + "\",\n          \"start\": \""
                + number(startYears[static_cast<std::size_t>(s)]) + "-01-01\",\n";
            if (s < 2) // the day before the next stage starts: valid whether an end is inclusive or not
                m_out += "          \"end\": \"" + number(startYears[static_cast<std::size_t>(s) + 1] - 1) + "-12-31\",\n";
            m_out += "          \"business\": ";
            appendString(m_out, prose(m_random, 120));
            m_out += ",\n          \"openness\": ";
            appendString(m_out, prose(m_random, 120));
            m_out += ",\n          \"pressure\": \"";
            m_out += pressures[static_cast<std::size_t>(m_random.below(3))];
            m_out += "\",\n          \"sources\": [\n";
            source("https://example.org/" + id + "/stage-" + number(s + 1), "Stage " + number(s + 1) + " of " + id,
                   "            ");
            m_out += "\n          ]\n        }";
        }
        m_out += "\n      ],\n      \"events\": [\n        {\n          \"date\": \"1995-01-01\",\n"
                 "          \"title\": \"Founded\",\n          \"kind\": \"founding\",\n          \"sources\": [\n";
        source("https://example.org/" + id + "/founding", "Founding of " + id, "            ");
        m_out += "\n          ]\n        }\n      ]\n    }";
    }

    void license(int index)
    {
        separator(index);
        const QByteArray id = "license-" + number(index);
        m_out += "    {\n      \"id\": \"" + id + "\",\n      \"name\": \"Synthetic License " + number(index)
            + "\",\n      \"spdx\": null,\n      \"osi_approved\": false,\n      \"url\": \"https://example.org/licenses/"
            + id + "\",\n      \"summary\": ";
        appendString(m_out, prose(m_random, 100));
        m_out += ",\n      \"terms\": {";
        for (std::size_t t = 0; t < terms.size(); ++t) {
            separator(static_cast<int>(t));
            m_out += "        \"";
            m_out += terms[t];
            m_out += "\": { \"status\": \"allowed\", \"summary\": ";
            appendString(m_out, prose(m_random, 40));
            m_out += ", \"quote\": ";
            appendString(m_out, prose(m_random, 60));
            m_out += ", \"source\": \"https://example.org/licenses/" + id + "#" + number(int(t)) + "\" }";
        }
        m_out += "\n      },\n      \"sources\": [\n";
        source("https://example.org/licenses/" + id, "Text of " + id, "        ");
        m_out += "\n      ]\n    }";
    }

    void model(int index)
    {
        separator(index);
        m_out += "    { \"id\": \"model-" + number(index) + "\", \"organization\": \"org-"
            + number(index % m_organizations) + "\", \"name\": \"Model " + number(index) + "\", \"family\": \"Family "
            + number(index % 97) + "\" }";
    }

    // One release a line, as catalogues converted from a spreadsheet tend to be written.
    void release(int index)
    {
        separator(index);
        const int model = m_random.below(m_models);
        static const QDate first(2000, 1, 1);
        const QDate date = first.addDays(m_random.below(26 * 365));
        const auto kind = static_cast<std::size_t>(m_random.below(static_cast<int>(kinds.size())));
        const auto level = static_cast<std::size_t>(m_random.below(static_cast<int>(levels.size())));
        m_out += "    {\"id\": \"release-" + number(index) + "\", \"model\": \"model-" + number(model)
            + "\", \"date\": \"" + isoDate(date) + "\", \"kind\": \"";
        m_out += kinds[kind];
        m_out += "\", \"title\": \"Model " + number(model) + " ";
        m_out += kinds[kind];
        m_out += "\", \"summary\": ";
        if (m_options.fullTexts)
            appendString(m_out, prose(m_random, 300));
        else
            appendString(m_out, "The " + QByteArray(kinds[kind].data(), qsizetype(kinds[kind].size())) + " of model " + number(model) + ".");
        m_out += ", \"level\": \"";
        m_out += levels[level];
        m_out += "\", \"license\": ";
        if (level < 2)
            m_out += "null";
        else
            m_out += "\"license-" + number(m_random.below(licenseCount)) + "\"";
        m_out += ", \"sources\": [";
        source("https://example.org/r/" + number(index), "Notes", "");
        m_out += "]";
        if (m_options.fullTexts) {
            m_out += ", \"note\": ";
            appendString(m_out, prose(m_random, 120));
        }
        m_out += "}";
    }

    const Options &m_options;
    Random m_random;
    int m_organizations;
    int m_models;
    QByteArray m_out;
};

} // namespace

QByteArray generate(const Options &options)
{
    return Writer(options).run();
}

bool write(const Options &options, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray text = generate(options);
    if (file.write(text) != text.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace SyntheticDataset
