import Foundation

/// Renders the pages of one roadmap: its page, its FAQ page (when it has questions) and its
/// related page.
struct RoadmapPages {
    let content: SiteContent
    let theme: Theme
    let context: PageContext

    var paths: SitePaths { context.paths }

    /// The files of one roadmap, from its loaded front matter and rendered body.
    func render(_ roadmap: Roadmap, body: RoadmapBody) -> [OutputFile] {
        let faq = body.faq
        var values = context.summary(of: roadmap)
        values["relatedPath"] = paths.related(roadmap.slug)
        values["faqPath"] = faq == nil ? NSNull() : paths.faq(roadmap.slug)
        let related = content.relatedRoadmaps(of: roadmap).map(context.summary(of:))
        let relatedBy = content.roadmapsNaming(roadmap).map(context.summary(of:))
        values["related"] = related
        values["hasRelated"] = !related.isEmpty
        values["relatedBy"] = relatedBy
        values["hasRelatedBy"] = !relatedBy.isEmpty

        var files = [roadmapPage(roadmap, body: body, values: values), relatedPage(roadmap, values: values)]
        if let faq { files.append(faqPage(roadmap, faq: faq, values: values)) }
        return files
    }

    private func roadmapPage(_ roadmap: Roadmap, body: RoadmapBody, values: [String: Any]) -> OutputFile {
        let path = paths.roadmap(roadmap.slug)
        var values = values
        values["introHTML"] = body.introHTML
        values["footnotesHTML"] = body.footnotesHTML.isEmpty ? NSNull() : body.footnotesHTML
        values["sections"] = body.sections.map { section -> [String: Any] in
            [
                "id": section.id,
                "titleHTML": section.titleHTML,
                "html": section.html,
                "isFAQ": section.faq != nil,
                "questions": (section.faq?.questions ?? []).map(question(_:)),
            ]
        }
        let page = context.page(
            kind: "roadmap", title: roadmap.title, description: roadmap.description, path: path,
            modified: roadmap.updated,
            jsonLD: StructuredData.roadmapPage(
                roadmap, url: context.config.absoluteURL(forPath: path), config: context.config))
        return OutputFile(
            path: paths.outputFile(forPage: path),
            contents: theme.render("roadmap", context.context(page: page, ["roadmap": values])))
    }

    private func faqPage(_ roadmap: Roadmap, faq: FAQ, values: [String: Any]) -> OutputFile {
        let path = paths.faq(roadmap.slug)
        var values = values
        // Footnote references in answers point at the footnotes on the roadmap page.
        let footnotePrefix = "href=\"\(paths.roadmap(roadmap.slug))#fn-"
        values["questions"] = faq.questions.map { question -> [String: Any] in
            var item = self.question(question)
            item["answerHTML"] = question.answerHTML.replacing("href=\"#fn-", with: footnotePrefix)
            return item
        }
        let page = context.page(
            kind: "faq", title: "\(roadmap.title): frequently asked questions",
            description: roadmap.description, path: path, modified: roadmap.updated,
            jsonLD: StructuredData.faqPage(
                roadmap, faq: faq, url: context.config.absoluteURL(forPath: path), config: context.config))
        return OutputFile(
            path: paths.outputFile(forPage: path),
            contents: theme.render("faq", context.context(page: page, ["roadmap": values])))
    }

    private func relatedPage(_ roadmap: Roadmap, values: [String: Any]) -> OutputFile {
        let path = paths.related(roadmap.slug)
        let page = context.page(
            kind: "related", title: "Roadmaps related to \(roadmap.title)",
            description: "Roadmaps related to \(roadmap.title), and the roadmaps that point to it.", path: path)
        return OutputFile(
            path: paths.outputFile(forPage: path),
            contents: theme.render("related", context.context(page: page, ["roadmap": values])))
    }

    private func question(_ question: Question) -> [String: Any] {
        ["id": question.id, "questionHTML": question.questionHTML, "answerHTML": question.answerHTML]
    }
}
