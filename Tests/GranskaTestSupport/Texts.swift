/// Every text a value holds, found by reflection (ids and words alike):
/// what a view or a document that shows all of a part must show.
public func texts(in value: Any) -> [String] {
  if let text = value as? String { return [text] }
  return Mirror(reflecting: value).children.flatMap { texts(in: $0.value) }
}
