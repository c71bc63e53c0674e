import Foundation

/// Turning the JSON as written into checked values: every rule a catalog must satisfy is here.
extension CatalogFile {
    static func procedure(_ entry: ProcedureEntry) throws(CatalogError) -> Procedure {
        let id = entry.id
        try name(id, procedure: id, field: "id")
        guard !entry.forms.isEmpty else { throw .noForm(procedure: id) }
        for form in entry.forms { try name(form, procedure: id, field: "form") }
        try name(entry.icon, procedure: id, field: "icon")
        for template in entry.printTemplates ?? [] { try name(template, procedure: id, field: "print template") }
        try vietnamese(entry.names, procedure: id, field: "names")
        try vietnamese(entry.agency, procedure: id, field: "agency")
        if let service = entry.queueService,
            service.count != 1 || !service.allSatisfy({ $0.isASCII && $0.isUppercase })
        {
            throw .malformed("procedure \(id): queueService \"\(service)\" is not one capital letter (\"A\")")
        }
        var items: [ChecklistItem] = []
        for item in entry.checklist ?? [] {
            guard !items.contains(where: { $0.id == item.id }) else {
                throw .duplicateChecklistItem(procedure: id, item: item.id)
            }
            items.append(try checklistItem(item, procedure: id))
        }
        return Procedure(
            id: id, forms: entry.forms, icon: entry.icon, names: entry.names, keywords: entry.keywords ?? [:],
            agency: entry.agency, contact: try contact(entry.contact, procedure: id),
            fee: try fee(entry.fee, procedure: id),
            processingTime: try processingTime(entry.processingTime, procedure: id),
            printTemplates: entry.printTemplates ?? [], checklist: items, queueService: entry.queueService)
    }

    static func checklistItem(_ entry: ItemEntry, procedure: String) throws(CatalogError) -> ChecklistItem {
        try name(entry.id, procedure: procedure, field: "checklist item id")
        try name(entry.picture, procedure: procedure, field: "checklist picture")
        try vietnamese(entry.words, procedure: procedure, field: "checklist item \(entry.id) words")
        let condition = entry.condition.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        if condition != nil {
            guard let when = entry.when, !(when["vi"] ?? "").isEmpty else {
                throw .missingCase(procedure: procedure, item: entry.id)
            }
        }
        do {
            return try ChecklistItem(
                id: entry.id, picture: entry.picture, words: entry.words, when: entry.when ?? [:], condition: condition,
                ifAvailable: entry.ifAvailable ?? false)
        } catch .invalidCondition(_, let item, let reason) {
            throw .invalidCondition(procedure: procedure, item: item, reason: reason)
        } catch {
            throw error
        }
    }

    static func contact(_ entry: ContactEntry?, procedure: String?) throws(CatalogError) -> Contact {
        guard let entry else { return Contact() }
        var contact = Contact()
        if let phone = entry.phone {
            do {
                contact.phone = try VietnamesePhone(phone)
            } catch {
                throw .invalidPhone(procedure: procedure, value: phone)
            }
        }
        if let email = entry.email {
            guard Contact.isEmail(email) else { throw .invalidEmail(procedure: procedure, value: email) }
            contact.email = email
        }
        return contact
    }

    static func fee(_ entry: FeeEntry, procedure: String?) throws(CatalogError) -> Fee {
        func amount() throws(CatalogError) -> Int {
            guard let dong = entry.dong else {
                throw .invalidFee(procedure: procedure, reason: "\(entry.kind) needs \"dong\"")
            }
            guard dong > 0 else { throw .invalidFee(procedure: procedure, reason: "\"dong\" must be more than 0") }
            return dong
        }
        switch entry.kind {
        case "free": return .free
        case "fixed": return .fixed(dong: try amount())
        case "perCopy": return .perCopy(dong: try amount())
        case "setByProvince": return .setByProvince
        default:
            throw .invalidFee(
                procedure: procedure, reason: "kind \"\(entry.kind)\" is not free, fixed, perCopy or setByProvince")
        }
    }

    static func processingTime(_ entry: TimeEntry, procedure: String?) throws(CatalogError) -> ProcessingTime {
        switch entry.kind {
        case "sameDay": return .sameDay
        case "workingDays":
            guard let days = entry.days, days > 0 else {
                throw .invalidProcessingTime(procedure: procedure, reason: "workingDays needs \"days\" more than 0")
            }
            return .workingDays(days)
        default:
            throw .invalidProcessingTime(
                procedure: procedure, reason: "kind \"\(entry.kind)\" is not sameDay or workingDays")
        }
    }

    /// Names become file names and prompt ids: a-z, 0-9, "-", "_", not empty.
    static func name(_ value: String, procedure: String, field: String) throws(CatalogError) {
        let allowed = value.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
        }
        guard allowed, !value.isEmpty else { throw .invalidName(procedure: procedure, field: field, value: value) }
    }

    static func vietnamese(_ texts: [String: String], procedure: String, field: String) throws(CatalogError) {
        guard let text = texts["vi"], !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .missingVietnamese(procedure: procedure, field: field)
        }
    }
}
