# A document store with optimistic concurrency in Rails.
class DocumentsController < ApplicationController
  MAX_TITLE = 200 # not a status code

  before_action :set_document, only: %i[show update destroy]

  def show
    fresh_when etag: @document
    render json: @document unless performed?
  end

  def create
    @document = Document.new(document_params)
    if @document.save
      render json: @document, status: :created, location: @document
    else
      render json: { errors: @document.errors }, status: :unprocessable_entity
    end
  end

  def update
    if request.headers["If-Match"].blank?
      return render json: { error: "send If-Match" }, status: :precondition_required
    end
    unless request.headers["If-Match"] == %("#{@document.cache_key_with_version}")
      return render json: { error: "the document changed since you read it" }, status: 412
    end

    if @document.update(document_params)
      head :no_content
    else
      render json: { errors: @document.errors }, status: :unprocessable_entity
    end
  end

  def destroy
    @document.destroy!
    sleep 0.5
    head :no_content
  end

  private

  def set_document
    @document = Document.find_by(id: params[:id])
    head :not_found unless @document
  end

  def document_params
    params.require(:document).permit(:title, :body).tap do |p|
      p[:title] = p[:title].to_s.first(MAX_TITLE)
    end
  end
end
