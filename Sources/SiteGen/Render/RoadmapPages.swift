import Mustache

/// Renders the pages of one roadmap: its page, its FAQ page (when it has questions), its
/// related page and its topics' pages (every `PageKind` that `isPerRoadmap`). The files of its
/// folder, copied beside them, are its body's (`RoadmapBody.files`).
struct RoadmapPages {
    let content: SiteContent
    let theme: Theme
    let context: PageContext

    var paths: SitePaths { context.paths }

    /// The pages of one roadmap, from its loaded front matter and rendered body, in the order
    /// the sitemap lists them.
    /// `targets`: what the links of its map may point at.
    func render(_ roadmap: Roadmap, body: RoadmapBody, targets: MapTargets) -> [OutputFile] {
        let faq = body.faq
        let summary = PageContext.counting(body.mapTopics, in: context.summary(of: roadmap))
        var values = summary
        values["relatedPath"] = .string(paths.related(roadmap.slug))
        values["faqPath"] = faq == nil ? .null : .string(paths.faq(roadmap.slug))
        // Straight from slug to summary: copying each Roadmap on the way counted a dozen
        // references per roadmap listed.
        // A roadmap that this one names and that names it back is listed once, as mutual.
        let mutual = Set(roadmap.related).intersection(roadmap.relatedBy)
        let related = context.summaries(of: roadmap.related, in: content, mutual: mutual)
        let relatedBy = context.summaries(of: roadmap.relatedBy, in: content)
        let relatedByOnly = context.summaries(of: roadmap.relatedBy.filter { !mutual.contains($0) }, in: content)
        values["related"] = .list(related)
        values["hasRelated"] = .bool(!related.isEmpty)
        values["relatedBy"] = .list(relatedBy)
        values["hasRelatedBy"] = .bool(!relatedBy.isEmpty)
        values["relatedByOnly"] = .list(relatedByOnly)
        values["hasRelatedByOnly"] = .bool(!relatedByOnly.isEmpty)

        var files = [roadmapPage(roadmap, body: body, values: values, targets: targets)]
        if let faq {
            files.append(faqPage(roadmap, faq: faq, hasFootnotes: !body.footnotesHTML.isEmpty, values: values))
        }
        files.append(relatedPage(roadmap, values: values))
        if !body.topics.isEmpty {
            files += TopicPages(theme: theme, context: context).render(
                roadmap, body: body, summary: summary, targets: targets)
        }
        return files
    }

    private func roadmapPage(
        _ roadmap: Roadmap, body: RoadmapBody, values: TemplateObject, targets: MapTargets
    ) -> OutputFile {
        let path = paths.roadmap(roadmap.slug)
        var values = values
        values["introHTML"] = .string(body.introHTML)
        values["footnotesHTML"] = body.footnotesHTML.isEmpty ? .null : .string(body.footnotesHTML)
        values["sections"] = .list(body.sections.map(Self.section))
        if let drawn = body.map {
            values["map"] = MapTemplate.value(
                of: drawn.map,
                heading: MapTemplate.Heading(id: drawn.id, titleHTML: drawn.titleHTML, introHTML: drawn.introHTML),
                paths: paths, targets: targets)
        }
        let contents = PageContents.entries(of: body)
        values["contents"] = .list(contents)
        values["hasContents"] = .bool(!contents.isEmpty)
        let page = context.page(
            kind: "roadmap", title: roadmap.title, description: roadmap.description, path: path,
            modified: roadmap.updated,
            jsonLD: StructuredData.roadmapPage(
                roadmap, url: context.config.absoluteURL(forPath: path), config: context.config))
        return OutputFile(
            path: paths.outputFile(forPage: path),
            bytes: theme.render(.roadmap, context.context(page: page, ["roadmap": .object(values)])))
    }

    private func faqPage(_ roadmap: Roadmap, faq: FAQ, hasFootnotes: Bool, values: TemplateObject) -> OutputFile {
        let path = paths.faq(roadmap.slug)
        var values = values
        // Footnote references in answers point at the footnotes on the roadmap page.
        let footnotePrefix = "href=\"\(paths.roadmap(roadmap.slug))#fn-"
        values["questions"] = .list(
            faq.questions.map { question in
                var item = self.question(question)
                if hasFootnotes {
                    item["answerHTML"] = .string(question.answerHTML.replacingUTF8("href=\"#fn-", with: footnotePrefix))
                }
                return .object(item)
            })
        let page = context.page(
            kind: "faq", title: "\(roadmap.title): frequently asked questions",
            description: roadmap.description, path: path, modified: roadmap.updated,
            jsonLD: StructuredData.faqPage(
                roadmap, faq: faq, url: context.config.absoluteURL(forPath: path), config: context.config))
        return OutputFile(
            path: paths.outputFile(forPage: path),
            bytes: theme.render(.faq, context.context(page: page, ["roadmap": .object(values)])))
    }

    private func relatedPage(_ roadmap: Roadmap, values: TemplateObject) -> OutputFile {
        let path = paths.related(roadmap.slug)
        let page = context.page(
            kind: "related", title: "Roadmaps related to \(roadmap.title)",
            description: "Roadmaps related to \(roadmap.title), and the roadmaps that point to it.", path: path)
        return OutputFile(
            path: paths.outputFile(forPage: path),
            bytes: theme.render(.related, context.context(page: page, ["roadmap": .object(values)])))
    }

    /// A section's values, as the roadmap and topic pages show them.
    static func section(_ section: Section) -> TemplateValue {
        .object([
            "id": .string(section.id),
            "titleHTML": .string(section.titleHTML),
            "html": .string(section.html),
            "isFAQ": .bool(section.faq != nil),
            "questions": .list((section.faq?.questions ?? []).map { .object(question($0)) }),
        ])
    }

    private func question(_ question: Question) -> TemplateObject {
        Self.question(question)
    }

    private static func question(_ question: Question) -> TemplateObject {
        [
            "id": .string(question.id), "questionHTML": .string(question.questionHTML),
            "answerHTML": .string(question.answerHTML),
        ]
    }
}
